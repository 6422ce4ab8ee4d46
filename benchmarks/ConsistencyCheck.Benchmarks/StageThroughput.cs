using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Benchmarks.Reporting;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck.Benchmarks;

/// <summary>
/// <c>stages --corpus corpus.jsonl [--passes 4]</c>: each stage of <c>check --format jsonl</c> on one thread, one after
/// the other over the whole corpus (documents held in memory, which <c>check</c> never does), so that each stage's
/// cost can be read on its own: input megabytes per CPU-second of the process, the part of it spent compiling
/// (JIT), and bytes allocated per input byte. The first pass warms up the JIT; each stage's figures are the best of the
/// passes after it (the least disturbed by other work on a shared machine). With <c>--jit</c> it also names the
/// methods whose compilation took longest (<see cref="JitListener"/>). CPU-seconds, unlike wall time, depend
/// little on the load of a shared machine.
/// </summary>
public static class StageThroughput
{
    /// <summary>Times the stages over <paramref name="corpusPath"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string corpusPath, int passes, bool listen = false)
    {
        using var listener = listen ? new JitListener() : null;
        var bytes = new FileInfo(corpusPath).Length;
        var megabytes = bytes / 1e6;
        var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();
        var extractor = new AssertionExtractor(ExtractionOptions.Default);
        passes = Math.Max(2, passes);
        var best = new List<(string Stage, double CpuSeconds, double JitSeconds, long Allocated, string Count)>();
        var rows = new List<(string Stage, double CpuSeconds, double JitSeconds, long Allocated, string Count)>();
        for (var pass = 0; pass < passes; pass++)
        {
            rows.Clear();
            var meter = Start();
            var documents = await StageCorpus.LoadAsync(corpusPath).ConfigureAwait(false);
            rows.Add(Stop("ingest (read + parse JSONL, boilerplate)", meter, $"{documents.Length} documents"));

            meter = Start();
            // As check does it: dates read only in the sentences that hold a figure.
            var mentions = new ImmutableArray<Mention>[documents.Length];
            var mentionCount = 0;
            for (var i = 0; i < documents.Length; i++)
            {
                mentions[i] = pipeline.Recognizer.Recognize(documents[i].Text, StageCorpus.Context(documents[i]) with { DatesInFigureSentencesOnly = true });
                mentionCount += mentions[i].Length;
            }

            rows.Add(Stop("recognition (numbers, quantities, dates in figure sentences)", meter, $"{mentionCount} mentions"));

            meter = Start();
            var assertions = new List<Assertion>();
            for (var i = 0; i < documents.Length; i++)
            {
                assertions.AddRange(extractor.Extract(documents[i], mentions[i]));
            }

            rows.Add(Stop("assertions (segmentation, readers)", meter, $"{assertions.Count} assertions"));

            // The second half as check --format jsonl runs it: the pipeline's one road into a JSON Lines sink.
            meter = Start();
            using var sink = new CountingStream();
            using var lines = new JsonLinesSink(sink);
            var outcome = await pipeline.CompareAsync(documents.Select(DocumentSummary.From), assertions, lines).ConfigureAwait(false);
            rows.Add(Stop("order + group + compare + write report lines", meter, $"{outcome.Clusters} clusters, {outcome.Counts.Findings} findings, {sink.Length / 1e6:0.0} MB written"));
            if (pass == 1)
            {
                best.AddRange(rows);
            }
            else if (pass > 1)
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    best[i] = rows[i].CpuSeconds < best[i].CpuSeconds ? rows[i] : best[i];
                }
            }
        }

        rows = best;

        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"corpus: {corpusPath}, {megabytes:0.0} MB, one thread, best of passes 2 to {passes}"));
        await Console.Out.WriteLineAsync("| stage | CPU s | of which JIT s | MB per CPU-second | allocated per input byte | output |");
        await Console.Out.WriteLineAsync("|---|---:|---:|---:|---:|---|");
        foreach (var (stage, cpu, jit, allocated, count) in rows)
        {
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"| {stage} | {cpu:0.00} | {jit:0.00} | {megabytes / cpu:0.0} | {allocated / (double)bytes:0.0} | {count} |"));
        }

        var total = rows.Sum(r => r.CpuSeconds);
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"| all stages | {total:0.00} | {rows.Sum(r => r.JitSeconds):0.00} | {megabytes / total:0.0} | {rows.Sum(r => r.Allocated) / (double)bytes:0.0} | |"));
        if (listener is not null)
        {
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"JIT: {listener.TotalMilliseconds / 1000:0.00} s seen; slowest methods:"));
            foreach (var (method, count, milliseconds) in listener.Slowest(30))
            {
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{milliseconds,9:0.0} ms {count,4}x {method}"));
            }
        }

        return 0;
    }

    private static (TimeSpan Cpu, TimeSpan Jit, long Allocated) Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return (Process.GetCurrentProcess().TotalProcessorTime, JitInfo.GetCompilationTime(), GC.GetTotalAllocatedBytes(precise: true));
    }

    private static (string, double, double, long, string) Stop(string stage, (TimeSpan Cpu, TimeSpan Jit, long Allocated) start, string count) =>
        (stage,
         (Process.GetCurrentProcess().TotalProcessorTime - start.Cpu).TotalSeconds,
         (JitInfo.GetCompilationTime() - start.Jit).TotalSeconds,
         GC.GetTotalAllocatedBytes(precise: true) - start.Allocated,
         count);
}
