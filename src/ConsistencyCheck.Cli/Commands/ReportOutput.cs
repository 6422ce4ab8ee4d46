using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using ConsistencyCheck;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Cli.Reporting;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Reporting;
using Spectre.Console;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>Writes a report in the format <c>--format</c> names, to <c>--out</c> or standard output; shared by <c>check</c> and <c>compare</c>.</summary>
internal static class ReportOutput
{
    /// <summary>The formats <c>--format</c> accepts.</summary>
    public static readonly string[] Formats = ["console", "json", "jsonl", "markdown", "html"];

    /// <summary>The finding kinds <c>--fail-on</c> accepts.</summary>
    public static readonly string[] FailOnKinds = ["contradiction", "changedOverTime", "agreement"];

    /// <summary>
    /// Checks <c>--out</c> against what it names and against the run's <paramref name="inputs"/> and creates its
    /// temporary file, before any work. When it is refused or cannot be written, prints one line on standard error
    /// and returns <c>Refused</c>; the command then exits with <see cref="CliApplication.UsageError"/>.
    /// </summary>
    public static async Task<(AtomicOutput? Output, bool Refused)> OpenAsync(FileInfo? outFile, IEnumerable<string> inputs, CliStreams streams)
    {
        if (outFile is null)
        {
            return (null, false);
        }

        var (target, problem) = OutputTarget.Check(outFile.ToString(), inputs);
        if (target is null)
        {
            await streams.Error.WriteLineAsync(problem).ConfigureAwait(false);
            return (null, true);
        }

        try
        {
            return (AtomicOutput.Create(target), false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await streams.Error.WriteLineAsync(AtomicOutput.Failure(target.Requested, ex)).ConfigureAwait(false);
            return (null, true);
        }
    }

    /// <summary>Writes <paramref name="report"/>; returns the Stopwatch ticks it took.</summary>
    public static async Task<long> WriteAsync(ConsistencyReport report, string format, AtomicOutput? outFile, CliStreams streams, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        IReportWriter? writer = format switch
        {
            "json" => new JsonReportWriter(),
            "jsonl" => new JsonLinesReportWriter(),
            "markdown" => new MarkdownReportWriter(),
            "html" => new HtmlReportWriter(),
            _ => null,
        };

        if (outFile is null)
        {
            if (writer is null)
            {
                ConsoleReportWriter.Write(report, CreateConsole(streams.Output));
            }
            else
            {
                await writer.WriteAsync(report, streams.Output, cancellationToken).ConfigureAwait(false);
            }

            await streams.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return Stopwatch.GetTimestamp() - started;
        }

        if (writer is JsonLinesReportWriter lines)
        {
            await lines.WriteAsync(report, outFile.Stream, cancellationToken).ConfigureAwait(false);
        }
        else if (writer is JsonReportWriter json)
        {
            // Straight to the file as UTF-8, as it is rendered: through a TextWriter the report would be held whole as text.
            await json.WriteAsync(report, outFile.Stream, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await outFile.WriteTextAsync(async text =>
            {
                if (writer is null)
                {
                    ConsoleReportWriter.Write(report, CreateConsole(text));
                }
                else
                {
                    await writer.WriteAsync(report, text, cancellationToken).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        }

        await outFile.CommitAsync(cancellationToken).ConfigureAwait(false);
        var elapsed = Stopwatch.GetTimestamp() - started;
        await WrittenAsync(outFile, streams).ConfigureAwait(false);
        return elapsed;
    }

    /// <summary>
    /// The streaming path of <c>--format jsonl</c>: sorts and clusters <paramref name="assertions"/>, then compares
    /// cluster by cluster and writes each cluster's findings at once, so no report and no list of every finding is
    /// held. Returns the summary counts and the ticks spent comparing and writing.
    /// </summary>
    public static async Task<(ReportSummary Summary, long Ticks)> WriteLinesAsync(
        ConsistencyPipeline pipeline, long documents, List<DocumentSummary> unreadable, List<Assertion> assertions,
        AtomicOutput? outFile, CliStreams streams, ConsistencyMeter meter, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var sorted = AssertionOrder.ById(assertions, pipeline.Options.MaxDegreeOfParallelism, cancellationToken);
        assertions.Clear();
        assertions.TrimExcess();
        var clusters = pipeline.Cluster(sorted, cancellationToken);
        var clustered = Stopwatch.GetTimestamp();
        meter.AddClustering(clusters.Count, clustered - started);
        // Each cluster is compared and its lines rendered on one worker thread; the writing thread only copies bytes.
        // Each cluster has the per-document time budget and stops on cancellation, as in the in-memory report.
        var overBudget = new ConcurrentQueue<AssertionCluster>();
        var compare = pipeline.ClusterComparison(sorted, overBudget, cancellationToken);
        Task<ReportSummary> WriteAsync(Stream stream) => JsonLinesReportWriter.WriteAsync(
            documents, unreadable, sorted, clusters, compare, pipeline.Options.MaxDegreeOfParallelism, stream, cancellationToken);
        ReportSummary summary;
        if (outFile is not null)
        {
            summary = await WriteAsync(outFile.Stream).ConfigureAwait(false);
            await outFile.CommitAsync(cancellationToken).ConfigureAwait(false);
            await WrittenAsync(outFile, streams).ConfigureAwait(false);
        }
        else if (streams.Output == Console.Out)
        {
            await streams.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
            var stdout = Console.OpenStandardOutput();
            await using (stdout.ConfigureAwait(false))
            {
                summary = await WriteAsync(stdout).ConfigureAwait(false);
            }
        }
        else
        {
            // A substituted writer (tests): render to memory, then hand over the text.
            using var memory = new MemoryStream();
            summary = await WriteAsync(memory).ConfigureAwait(false);
            await streams.Output.WriteAsync(Encoding.UTF8.GetString(memory.GetBuffer(), 0, (int)memory.Length).AsMemory(), cancellationToken).ConfigureAwait(false);
            await streams.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await WarnOverBudgetAsync(pipeline, overBudget, sorted, streams).ConfigureAwait(false);

        // Comparison and writing interleave; their time is reported together as comparison.
        meter.AddComparison(summary.Findings, Stopwatch.GetTimestamp() - clustered);
        return (summary, Stopwatch.GetTimestamp() - started);
    }

    /// <summary>
    /// The streamed report lists only unreadable documents, so a cluster abandoned at the time budget is named on
    /// standard error (the in-memory report gives each of its documents a warning) rather than dropped silently.
    /// </summary>
    private static async Task WarnOverBudgetAsync(ConsistencyPipeline pipeline, ConcurrentQueue<AssertionCluster> overBudget, ImmutableArray<Assertion> sorted, CliStreams streams)
    {
        if (overBudget.IsEmpty)
        {
            return;
        }

        var byId = sorted.ToDictionary(a => a.Id);
        foreach (var cluster in overBudget.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            var documents = string.Join(", ", cluster.AssertionIds.Select(id => byId[id].DocumentId.Value).Distinct().Order(StringComparer.Ordinal).Select(DisplayText.Neutralize));
            await streams.Error.WriteLineAsync(
                $"warning: cluster {cluster.Id} ({cluster.AssertionIds.Length:N0} assertions) was not compared: it took longer than the limit of {PipelineComparison.Limit(pipeline.Options.MaxDocumentTime)} (ConsistencyOptions.MaxDocumentTime); documents: {documents}").ConfigureAwait(false);
        }
    }

    /// <summary>The exit code for a streamed run: 1 when <paramref name="failOn"/> names a kind it found, else 0.</summary>
    public static int ExitCode(ReportSummary summary, string? failOn) => failOn switch
    {
        "contradiction" => summary.Contradictions > 0 ? 1 : 0,
        "changedOverTime" => summary.ChangedOverTime > 0 ? 1 : 0,
        "agreement" => summary.Agreements > 0 ? 1 : 0,
        _ => 0,
    };

    /// <summary>The exit code: 1 when <paramref name="failOn"/> names a kind the report found, else 0.</summary>
    public static int ExitCode(ConsistencyReport report, string? failOn) =>
        failOn is { } kind && report.Findings.Any(f => string.Equals(f.Kind.ToString(), kind, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;

    /// <summary>Says on standard error where the report went (the path as given, made absolute).</summary>
    public static Task WrittenAsync(AtomicOutput output, CliStreams streams, string what = "Report") =>
        streams.Error.WriteLineAsync($"{what} written to {DisplayText.Neutralize(output.Target.Requested)}");

    private static IAnsiConsole CreateConsole(TextWriter writer) =>
        writer == Console.Out && !Console.IsOutputRedirected ? AnsiConsole.Console : ConsoleReportWriter.CreatePlainConsole(writer);
}
