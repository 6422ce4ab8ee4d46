using System.Diagnostics;
using System.Text;
using ConsistencyCheck;
using ConsistencyCheck.Cli.Reporting;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Reporting;
using Spectre.Console;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>Writes a report in the format <c>--format</c> names, to <c>--out</c> or standard output; shared by <c>check</c> and <c>compare</c>.</summary>
internal static class ReportOutput
{
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

    /// <summary>
    /// Runs <paramref name="run"/> with the sink <paramref name="format"/> asks for and writes the report to
    /// <paramref name="output"/> or standard output: JSON Lines stream from the sink as the comparison goes; the other
    /// formats are written from the in-memory report. Returns the outcome and the Stopwatch ticks spent writing after the run.
    /// </summary>
    public static async Task<(ComparisonOutcome Outcome, long WriteTicks)> RunAsync(
        IRun run, ReportFormat format, AtomicOutput? output, CliStreams streams, CancellationToken cancellationToken)
    {
        if (format == ReportFormat.Jsonl)
        {
            var outcome = await StreamLinesAsync(run, output, streams, cancellationToken).ConfigureAwait(false);
            await WarnNotComparedAsync(outcome, streams).ConfigureAwait(false);
            return (outcome, 0);
        }

        var sink = new ReportSink();
        var result = await run.RunAsync(sink, cancellationToken).ConfigureAwait(false);
        var ticks = await WriteAsync(sink.Report, format, output, streams, cancellationToken).ConfigureAwait(false);
        return (result, ticks);
    }

    /// <summary>
    /// Turns <c>--format</c> and <c>--fail-on</c> into their enums (<see cref="ReportOptionNames"/>, the one place names are
    /// parsed); false, after one line on standard error, when either names nothing (the command then exits with
    /// <see cref="CliApplication.UsageError"/>).
    /// </summary>
    public static async Task<(bool Ok, ReportFormat Format, FindingKind? FailOn)> ParseAsync(string format, string? failOn, CliStreams streams)
    {
        if (!ReportOptionNames.TryFormat(format, out var parsed))
        {
            await streams.Error.WriteLineAsync($"error: '{DisplayText.Neutralize(format)}' is not a report format: use one of {string.Join(", ", ReportOptionNames.Formats)}.").ConfigureAwait(false);
            return (false, default, null);
        }

        if (failOn is null)
        {
            return (true, parsed, null);
        }

        if (!ReportOptionNames.TryFindingKind(failOn, out var kind))
        {
            await streams.Error.WriteLineAsync($"error: '{DisplayText.Neutralize(failOn)}' is not a finding kind: use one of {string.Join(", ", ReportOptionNames.FindingKinds)}.").ConfigureAwait(false);
            return (false, parsed, null);
        }

        return (true, parsed, kind);
    }

    /// <summary>The exit code: 1 when <paramref name="failOn"/> names a kind of finding the run found, else 0.</summary>
    public static int ExitCode(ComparisonOutcome outcome, FindingKind? failOn) => failOn is { } kind && outcome.Found(kind) ? 1 : 0;

    /// <summary>Writes <paramref name="report"/>; returns the Stopwatch ticks it took.</summary>
    private static async Task<long> WriteAsync(ConsistencyReport report, ReportFormat format, AtomicOutput? outFile, CliStreams streams, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        IReportWriter? writer = format switch
        {
            ReportFormat.Json => new JsonReportWriter(),
            ReportFormat.Markdown => new MarkdownReportWriter(),
            ReportFormat.Html => new HtmlReportWriter(),
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

        if (writer is JsonReportWriter json)
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

    /// <summary><c>--format jsonl</c>: the run streams its lines through a <see cref="JsonLinesSink"/> to the file or standard output.</summary>
    private static async Task<ComparisonOutcome> StreamLinesAsync(IRun run, AtomicOutput? outFile, CliStreams streams, CancellationToken cancellationToken)
    {
        if (outFile is not null)
        {
            using var sink = new JsonLinesSink(outFile.Stream);
            var outcome = await run.RunAsync(sink, cancellationToken).ConfigureAwait(false);
            await outFile.CommitAsync(cancellationToken).ConfigureAwait(false);
            await WrittenAsync(outFile, streams).ConfigureAwait(false);
            return outcome;
        }

        if (streams.Output == Console.Out)
        {
            await streams.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
            var stdout = Console.OpenStandardOutput();
            await using (stdout.ConfigureAwait(false))
            {
                using var sink = new JsonLinesSink(stdout);
                return await run.RunAsync(sink, cancellationToken).ConfigureAwait(false);
            }
        }

        // A substituted writer (tests): render to memory, then hand over the text.
        using var memory = new MemoryStream();
        using var memorySink = new JsonLinesSink(memory);
        var result = await run.RunAsync(memorySink, cancellationToken).ConfigureAwait(false);
        await streams.Output.WriteAsync(Encoding.UTF8.GetString(memory.GetBuffer(), 0, (int)memory.Length).AsMemory(), cancellationToken).ConfigureAwait(false);
        await streams.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// The streamed report lists only unreadable documents, so a cluster abandoned at the time budget is named on
    /// standard error (the in-memory report gives each of its documents a warning) rather than dropped silently.
    /// </summary>
    private static async Task WarnNotComparedAsync(ComparisonOutcome outcome, CliStreams streams)
    {
        foreach (var notCompared in outcome.NotCompared)
        {
            var cluster = notCompared.Cluster;
            var documents = string.Join(", ", notCompared.Documents.Select(d => d.Id.Value).Distinct().Order(StringComparer.Ordinal).Select(DisplayText.Neutralize));
            await streams.Error.WriteLineAsync(
                $"warning: cluster {cluster.Id} ({cluster.AssertionIds.Length:N0} assertions) was not compared: it took longer than the limit of {outcome.ShownLimit} (ConsistencyOptions.MaxDocumentTime); documents: {documents}").ConfigureAwait(false);
        }
    }

    /// <summary>Says on standard error where the report went (the path as given, made absolute).</summary>
    public static Task WrittenAsync(AtomicOutput output, CliStreams streams, string what = "Report") =>
        streams.Error.WriteLineAsync($"{what} written to {DisplayText.Neutralize(output.Target.Requested)}");

    private static IAnsiConsole CreateConsole(TextWriter writer) =>
        writer == Console.Out && !Console.IsOutputRedirected ? AnsiConsole.Console : ConsoleReportWriter.CreatePlainConsole(writer);
}
