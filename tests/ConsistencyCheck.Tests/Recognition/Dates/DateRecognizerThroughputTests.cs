using System.Diagnostics;
using System.Globalization;
using System.Text;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Dates;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Recognition.Dates;

/// <summary>
/// A rough single-threaded throughput figure for the date recognizer over the samples, repeated to about 16 MB.
/// Explicit (timing on a shared machine is not a pass/fail matter); run with -c Release:
/// <c>dotnet test -c Release --filter "FullyQualifiedName~DateRecognizerThroughput"</c>.
/// </summary>
[Explicit("Timing; run on demand in Release.")]
public class DateRecognizerThroughputTests
{
    [Test]
    public void Reports_megabytes_per_second()
    {
        var sample = string.Join("\n", Directory.GetFiles(TestPaths.Samples).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Select(File.ReadAllText));
        var text = new StringBuilder();
        while (text.Length < 8_000_000)
        {
            text.Append(sample).Append('\n');
        }

        var corpus = text.ToString();
        var recognizer = new DateRecognizer();
        var context = new RecognitionContext(new DateOnly(2024, 3, 14));
        var found = new List<Mention>();
        recognizer.Recognize(corpus, context, found);
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            found.Clear();
            var watch = Stopwatch.StartNew();
            recognizer.Recognize(corpus, context, found);
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        var megabytes = corpus.Length * 2 / 1_000_000.0;
        var tokens = new DateToken[1 << 16];
        var tokenWatch = Stopwatch.StartNew();
        var tokenCount = DateTokenizer.Tokenize(corpus, ref tokens);
        tokenWatch.Stop();
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"tokenizing alone: {tokenWatch.Elapsed.TotalMilliseconds:F0} ms for {tokenCount} tokens"));
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{megabytes:F1} MB (UTF-16) in {best.TotalMilliseconds:F0} ms (best of 5) = {megabytes / best.TotalSeconds:F1} MB/s, {found.Count} mentions"));
    }
}
