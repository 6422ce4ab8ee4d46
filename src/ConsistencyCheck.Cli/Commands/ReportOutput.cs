using System.Diagnostics;
using ConsistencyCheck.Cli.Reporting;
using ConsistencyCheck.Reporting;
using Spectre.Console;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>Writes a report in the format <c>--format</c> names, to <c>--out</c> or standard output; shared by <c>check</c> and <c>compare</c>.</summary>
internal static class ReportOutput
{
    /// <summary>The formats <c>--format</c> accepts.</summary>
    public static readonly string[] Formats = ["console", "json", "jsonl", "markdown", "html"];

    /// <summary>The finding kinds <c>--fail-on</c> accepts.</summary>
    public static readonly string[] FailOnKinds = ["contradiction", "changedOverTime", "agreement"];

    /// <summary>Writes <paramref name="report"/>; returns the Stopwatch ticks it took.</summary>
    public static async Task<long> WriteAsync(ConsistencyReport report, string format, FileInfo? outFile, CliStreams streams, CancellationToken cancellationToken)
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
            await AtomicFile.WriteStreamAsync(outFile.FullName, stream => lines.WriteAsync(report, stream, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await AtomicFile.WriteAsync(outFile.FullName, async text =>
            {
                if (writer is null)
                {
                    ConsoleReportWriter.Write(report, CreateConsole(text));
                }
                else
                {
                    await writer.WriteAsync(report, text, cancellationToken).ConfigureAwait(false);
                }
            }, cancellationToken).ConfigureAwait(false);
        }

        var elapsed = Stopwatch.GetTimestamp() - started;
        await streams.Error.WriteLineAsync($"Report written to {outFile.FullName}").ConfigureAwait(false);
        return elapsed;
    }

    /// <summary>The exit code: 1 when <paramref name="failOn"/> names a kind the report found, else 0.</summary>
    public static int ExitCode(ConsistencyReport report, string? failOn) =>
        failOn is { } kind && report.Findings.Any(f => string.Equals(f.Kind.ToString(), kind, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;

    private static IAnsiConsole CreateConsole(TextWriter writer) =>
        writer == Console.Out && !Console.IsOutputRedirected ? AnsiConsole.Console : ConsoleReportWriter.CreatePlainConsole(writer);
}
