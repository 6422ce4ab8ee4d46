using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck.Benchmarks.Corpus;

/// <summary>One measured run of <c>check</c> over a generated corpus.</summary>
/// <param name="Documents">Documents checked.</param>
/// <param name="Bytes">Bytes of the corpus file.</param>
/// <param name="Seconds">Wall-clock seconds, ingest to findings written (report lines to a file).</param>
/// <param name="CpuSeconds">Processor seconds the process used in that time (all cores).</param>
/// <param name="PeakMegabytes">Peak working set of the process, in MB (10^6 bytes).</param>
/// <param name="Assertions">Assertions extracted.</param>
/// <param name="Findings">Findings reported.</param>
/// <param name="Recall">Share of planted discrepancies found.</param>
/// <param name="Unplanted">Contradictions and changes reported where none was planted.</param>
/// <param name="Stages">Seconds per stage, as <c>--stats</c> prints them.</param>
public sealed record CorpusRun(long Documents, long Bytes, double Seconds, double CpuSeconds, double PeakMegabytes, long Assertions, long Findings, double Recall, int Unplanted, string Stages)
{
    /// <summary>Throughput in MB/s (10^6 bytes of input per wall-clock second).</summary>
    public double MegabytesPerSecond => Bytes / 1e6 / Seconds;
}

/// <summary>
/// The corpus-size runner: <c>corpus --documents 10000,100000[,1000000] [--svg docs/performance.svg] [--known-issues]</c>.
/// For each size it generates a corpus (about five documents per story) with its truth, runs <c>check</c> in a fresh
/// process of this program (so that each peak memory figure is its own), writes report lines, verifies them against the
/// truth, and prints one table row. At the end it writes an SVG chart of throughput and peak memory against corpus size.
/// </summary>
public static class CorpusRunner
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Runs the sizes in <c>--documents</c>, or one measured check with <c>--run CORPUS --truth TRUTH</c> (the child process).</summary>
    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TryGetValue("run", out var corpus))
        {
            var run = await MeasureAsync(corpus, options["truth"], options["report"]);
            await Console.Out.WriteLineAsync(Format(run));
            return 0;
        }

        var sizes = options.GetValueOrDefault("documents", "10000,100000").Split(',').Select(s => long.Parse(s, Invariant)).ToList();
        var folder = options.GetValueOrDefault("folder", Path.Combine(Path.GetTempPath(), "cc-corpus"));
        Directory.CreateDirectory(folder);
        var runs = new List<CorpusRun>();
        await Console.Out.WriteLineAsync("| documents | MB | seconds | MB/s | CPU s | MB per CPU-s | peak MB | assertions | findings | recall | unplanted | stages |");
        await Console.Out.WriteLineAsync("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var documents in sizes)
        {
            var corpusPath = Path.Combine(folder, $"corpus-{documents}.jsonl");
            var truthPath = Path.Combine(folder, $"truth-{documents}.jsonl");
            var generator = new StoryGenerator(seed: 1) { IncludeKnownIssues = options.ContainsKey("known-issues") };
            GenerateDocuments(generator, documents, corpusPath, truthPath);
            var run = await RunChildAsync(corpusPath, truthPath, Path.Combine(folder, $"report-{documents}.jsonl"));
            runs.Add(run);
            await Console.Out.WriteLineAsync(Row(run));
            File.Delete(Path.Combine(folder, $"report-{documents}.jsonl"));
            if (!options.ContainsKey("keep"))
            {
                File.Delete(corpusPath);
                File.Delete(truthPath);
            }
        }

        if (options.TryGetValue("svg", out var svg))
        {
            await File.WriteAllTextAsync(svg, PerformanceChart.Render(runs), new UTF8Encoding(false));
            await Console.Error.WriteLineAsync($"Chart written to {svg}");
        }

        return 0;
    }

    /// <summary>Generates stories until the corpus holds at least <paramref name="documents"/> documents.</summary>
    private static void GenerateDocuments(StoryGenerator generator, long documents, string corpusPath, string truthPath)
    {
        // About 4.9 documents per story; generate a little more and let the count fall where it falls.
        var stories = (int)Math.Ceiling(documents / 4.9);
        CorpusFiles.Write(generator, stories, corpusPath, truthPath);
    }

    private static async Task<CorpusRun> RunChildAsync(string corpus, string truth, string report)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (self.EndsWith("dotnet", StringComparison.Ordinal) || self.EndsWith("dotnet.exe", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(CorpusRunner).Assembly.Location);
        }

        foreach (var arg in new[] { "corpus", "--run", corpus, "--truth", truth, "--report", report })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return Parse(output.Trim().Split('\n')[^1]);
    }

    /// <summary>
    /// The measured run (in the child process): what <c>check --format jsonl --out FILE</c> does — stream documents
    /// through recognition and extraction on every core, keep only assertions, cluster, compare cluster by cluster while
    /// writing report lines — then, after the measurement, verification of the written lines against the truth.
    /// </summary>
    private static async Task<CorpusRun> MeasureAsync(string corpus, string truth, string reportPath)
    {
        var meter = new ConsistencyMeter();
        var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().UseMeter(meter).Build();
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        ComparisonOutcome outcome;
        ReportSummary summary;
        TimeSpan cpuAtPlan;
        await using (var file = new FileStream(reportPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            // The road check --format jsonl --out FILE takes: the pipeline's run into a JSON Lines sink.
            using var lines = new JsonLinesSink(file);
            var timed = new PlanTimer<JsonLinesSink.Lines>(lines, self);
            outcome = await pipeline.RunAsync(new DocumentLoader(new IngestOptions()).LoadAsync([corpus]), timed);
            summary = lines.Summary;
            cpuAtPlan = timed.CpuAtPlan - cpuBefore;
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        self.Refresh();
        var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        var peak = self.PeakWorkingSet64 / 1e6;
        var stages = string.Create(Invariant,
            $"extract {meter.Extraction.TotalSeconds:0.0} s (recognition {meter.Recognition.TotalSeconds:0.0} + assertions {meter.AssertionBuilding.TotalSeconds:0.0} thread-s), " +
            $"sort+cluster {meter.Clustering.TotalSeconds:0.00} s (extract+sort+cluster {cpuAtPlan.TotalSeconds:0.0} CPU-s), " +
            $"compare+write {meter.Comparison.TotalSeconds:0.00} s / {cpu - cpuAtPlan.TotalSeconds:0.00} CPU-s; " +
            $"GC pauses {GC.GetTotalPauseDuration().TotalSeconds:0.0} s, JIT {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:0.0} s");
        var result = TruthVerifier.Verify(CorpusFiles.ReadTruth(truth), TruthVerifier.ReadFindings(reportPath));
        return new CorpusRun(summary.Documents, new FileInfo(corpus).Length, seconds, cpu, peak, outcome.Assertions, summary.Findings, result.Recall, result.Unplanted.Count, stages);
    }

    private static string Format(CorpusRun run) => string.Join('\t',
        run.Documents.ToString(Invariant), run.Bytes.ToString(Invariant), run.Seconds.ToString("R", Invariant), run.CpuSeconds.ToString("R", Invariant),
        run.PeakMegabytes.ToString("R", Invariant), run.Assertions.ToString(Invariant), run.Findings.ToString(Invariant), run.Recall.ToString("R", Invariant),
        run.Unplanted.ToString(Invariant), run.Stages);

    private static CorpusRun Parse(string line)
    {
        var f = line.Split('\t');
        return new CorpusRun(long.Parse(f[0], Invariant), long.Parse(f[1], Invariant), double.Parse(f[2], Invariant), double.Parse(f[3], Invariant),
            double.Parse(f[4], Invariant), long.Parse(f[5], Invariant), long.Parse(f[6], Invariant), double.Parse(f[7], Invariant), int.Parse(f[8], Invariant), f[9]);
    }

    private static string Row(CorpusRun r) => string.Create(Invariant,
        $"| {r.Documents:N0} | {r.Bytes / 1e6:0.0} | {r.Seconds:0.0} | {r.MegabytesPerSecond:0.00} | {r.CpuSeconds:0.0} | {r.Bytes / 1e6 / r.CpuSeconds:0.00} | {r.PeakMegabytes:0} | {r.Assertions:N0} | {r.Findings:N0} | {r.Recall:P2} | {r.Unplanted} | {r.Stages} |");
}
