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
        var cases = new (string Name, TextRecognizer Recognizer)[]
        {
            ("numbers", new TextRecognizer([new NumberRecognizer()])),
            ("numbers+quantities", new TextRecognizer([new NumberRecognizer(), new QuantityRecognizer()])),
            ("dates", new TextRecognizer([new DateRecognizer()])),
            ("numbers+dates", new TextRecognizer([new NumberRecognizer(), new DateRecognizer()])),
            ("whole stage (numbers+quantities+dates)", new TextRecognizer([new NumberRecognizer(), new QuantityRecognizer(), new DateRecognizer()])),
        };
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"text: {texts.Length} texts, {bytes / 1e6:0.00} MB UTF-8, single thread"));
        foreach (var (name, recognizer) in cases)
        {
            var mentions = 0;
            foreach (var text in texts)
            {
                mentions += recognizer.Recognize(text, context).Length;
            }

            var passes = 0;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed.TotalSeconds < seconds || passes == 0)
            {
                foreach (var text in texts)
                {
                    recognizer.Recognize(text, context);
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
}
