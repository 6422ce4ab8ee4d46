using System.Diagnostics;
using System.Globalization;
using System.Text;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Dates;
using ConsistencyCheck.Recognition.Numbers;
using ConsistencyCheck.Recognition.Quantities;

namespace ConsistencyCheck.Benchmarks.Recognition;

/// <summary>
/// <c>recognizers --text FILE [--seconds S]</c>: single-threaded MB/s and allocations per MB of each recognizer over
/// a text file (one text per line), the same file <c>benchmarks/peer/peer.mjs</c> times the peer on. MB are 10^6 bytes
/// of UTF-8 text. Prints one <c>name MB/s alloc-per-MB</c> line per recognizer.
/// </summary>
public static class RecognizerThroughput
{
    /// <summary>Times each recognizer and prints the results; returns the exit code.</summary>
    public static async Task<int> RunAsync(string textPath, double seconds)
    {
        var texts = File.ReadAllLines(textPath, Encoding.UTF8).Where(l => l.Length > 0).ToArray();
        var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        var context = new RecognitionContext(new DateOnly(2024, 3, 14));
        var whole = new TextRecognizer([new NumberRecognizer(), new QuantityRecognizer(), new DateRecognizer()]);
        var counted = new CountedNounReader();
        var cases = new (string Name, Func<string, int> Recognize)[]
        {
            ("numbers", Of(new TextRecognizer([new NumberRecognizer()]), context)),
            ("numbers+quantities", Of(new TextRecognizer([new NumberRecognizer(), new QuantityRecognizer()]), context)),
            ("dates", Of(new TextRecognizer([new DateRecognizer()]), context)),
            ("numbers+dates", Of(new TextRecognizer([new NumberRecognizer(), new DateRecognizer()]), context)),
            ("whole stage (numbers+quantities+dates)", Of(whole, context)),
            ("recognize command (whole stage, then counted nouns of the count sentences)", text => counted.Attach(text, whole.Recognize(text, context)).Length),
        };
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"text: {texts.Length} texts, {bytes / 1e6:0.00} MB UTF-8, single thread"));
        foreach (var (name, recognize) in cases)
        {
            var mentions = 0;
            foreach (var text in texts)
            {
                mentions += recognize(text);
            }

            var passes = 0;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed.TotalSeconds < seconds || passes == 0)
            {
                foreach (var text in texts)
                {
                    recognize(text);
                }

                passes++;
            }

            watch.Stop();
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var megabytes = bytes * (double)passes / 1e6;
            var perMb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / megabytes;
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {megabytes / watch.Elapsed.TotalSeconds:0.00} MB/s, {megabytes / cpuSeconds:0.00} MB per CPU-second, {perMb / 1e6:0.0} MB allocated per MB, {mentions} mentions per pass"));
        }

        return 0;
    }

    private static Func<string, int> Of(TextRecognizer recognizer, RecognitionContext context) => text => recognizer.Recognize(text, context).Length;
}
