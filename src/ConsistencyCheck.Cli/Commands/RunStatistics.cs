using System.Diagnostics;
using System.Globalization;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>What <c>--stats</c> prints to standard error: counts, seconds per stage, throughput, peak memory, CPU time and garbage collection.</summary>
internal static class RunStatistics
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Total size in bytes of the files under <paramref name="paths"/> (folders walked); standard input counts as 0.</summary>
    public static long InputBytes(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                total += new FileInfo(path).Length;
            }
            else if (Directory.Exists(path))
            {
                total += new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
            }
        }

        return total;
    }

    /// <summary>Prints the statistics of a finished run.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="meter">What the pipeline counted.</param>
    /// <param name="inputBytes">Bytes of input files (0 when unknown, e.g. standard input; the text's UTF-16 length is used instead).</param>
    /// <param name="writeTicks">Stopwatch ticks spent writing the output.</param>
    /// <param name="started">Stopwatch timestamp at the start of the run.</param>
    /// <param name="firstStage">What the first stage did: "read+recognize+extract", or "read" for <c>compare</c>.</param>
    public static async Task PrintAsync(TextWriter error, ConsistencyMeter meter, long inputBytes, long writeTicks, long started, string firstStage = "read+recognize+extract")
    {
        var total = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var bytes = inputBytes > 0 ? inputBytes : meter.Characters;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakWorkingSet = process.PeakWorkingSet64;
        var gc = GC.GetGCMemoryInfo();
        var cpu = process.TotalProcessorTime.TotalSeconds;
        var lines = new[]
        {
            $"stats: documents {meter.Documents} ({meter.UnreadableDocuments} unreadable){(meter.InputErrors > 0 ? $", input errors {meter.InputErrors} (paths that do not exist)" : string.Empty)}, input {Mb(bytes)} MB{(inputBytes > 0 ? string.Empty : " (text, input size unknown)")}, text {meter.Characters} chars",
            $"stats: assertions {meter.Assertions}, clusters {meter.Clusters}, findings {meter.Findings}",
            $"stats: seconds: {firstStage} {S(meter.Extraction)} (recognition {S(meter.Recognition)} cpu, assertions {S(meter.AssertionBuilding)} cpu, on {Environment.ProcessorCount} cores), " +
                $"cluster {S(meter.Clustering)}, compare {S(meter.Comparison)}, write {S(Stopwatch.GetElapsedTime(0, writeTicks))}, total {total.ToString("0.00", Invariant)}",
            $"stats: throughput {(total > 0 ? bytes / 1e6 / total : 0).ToString("0.0", Invariant)} MB/s (input bytes / total seconds)",
            $"stats: peak memory {Mb(peakWorkingSet)} MB (peak working set), managed heap now {Mb(GC.GetTotalMemory(false))} MB, GC heap at last collection {Mb(gc.HeapSizeBytes)} MB",
            $"stats: cpu {cpu.ToString("0.00", Invariant)} s (user + system, all threads), {(cpu > 0 ? bytes / 1e6 / cpu : 0).ToString("0.0", Invariant)} MB per CPU-second; " +
                $"GC: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), pauses {S(GC.GetTotalPauseDuration())} s, " +
                $"allocated {Mb(GC.GetTotalAllocatedBytes())} MB",
        };
        foreach (var line in lines)
        {
            await error.WriteLineAsync(line).ConfigureAwait(false);
            if (line.StartsWith("stats: seconds:", StringComparison.Ordinal) && Stories(meter, total) is { } stories)
            {
                await error.WriteLineAsync(stories).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The story work of the run (docs/stories.md), after the stage line, with its share of the run measured in the run
    /// itself: signatures in thread-seconds on the extraction workers (part of the first stage) and as a share of the
    /// workers' timed work (recognition + assertions + signatures); grouping in wall seconds at the barrier (part of
    /// <c>cluster</c>) and as a share of the total; and the two together as a share of the total wall time, the
    /// signatures counted at their share of the first stage. Null when none of it was timed (<c>--stories none</c>).
    /// </summary>
    private static string? Stories(ConsistencyMeter meter, double total)
    {
        var signatures = meter.StorySignatures.TotalSeconds;
        var grouping = meter.StoryGrouping.TotalSeconds;
        if (signatures == 0 && grouping == 0)
        {
            return null;
        }

        var work = meter.Recognition.TotalSeconds + meter.AssertionBuilding.TotalSeconds + signatures;
        var ofWork = work > 0 ? signatures / work : 0;
        var ofTotal = total > 0 ? ((ofWork * meter.Extraction.TotalSeconds) + grouping) / total : 0;
        return $"stats: stories: signatures {signatures.ToString("0.00", Invariant)} (thread-seconds on the workers, {Percent(ofWork)} of recognition + assertions + signatures), " +
            $"grouping {grouping.ToString("0.00", Invariant)} (at the barrier, {Percent(total > 0 ? grouping / total : 0)} of total); together about {Percent(ofTotal)} of total";
    }

    private static string Percent(double share) => (100 * share).ToString("0.0", Invariant) + " %";

    private static string S(TimeSpan time) => time.TotalSeconds.ToString("0.00", Invariant);

    private static string Mb(long bytes) => (bytes / 1e6).ToString("0.0", Invariant);
}
