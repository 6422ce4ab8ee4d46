using System.CommandLine;
using ConsistencyCheck.Cli.Reporting;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;
using Spectre.Console;

namespace ConsistencyCheck.Cli.Commands;

/// <summary><c>check PATHS... [--format console|json|markdown|html] [--out FILE] [--fail-on contradiction]</c>.</summary>
internal static class CheckCommand
{
    private static readonly string[] Formats = ["console", "json", "markdown", "html"];
    private static readonly string[] FailOnKinds = ["contradiction", "changedOverTime", "agreement"];

    public static Command Create(CliStreams streams)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (walked recursively) or '-' for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: console (default), json, markdown or html.",
            DefaultValueFactory = _ => "console",
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the report to this file (written atomically) instead of standard output." };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit with code 1 when findings of this kind exist: contradiction (or changedOverTime, agreement)." };
        failOn.AcceptOnlyFromAmong(FailOnKinds);

        var command = new Command("check", "Check documents for agreements, contradictions and changes over time.") { paths, format, output, failOn };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new CheckRequest(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(failOn)),
            streams,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CheckRequest request, CliStreams streams, CancellationToken cancellationToken)
    {
        foreach (var path in request.Paths)
        {
            if (path != "-" && !File.Exists(path) && !Directory.Exists(path))
            {
                await streams.Error.WriteLineAsync($"error: path '{path}' does not exist.").ConfigureAwait(false);
                return CliApplication.UsageError;
            }
        }

        var pipeline = PipelineFactory.Create();
        var loader = new DocumentLoader(new IngestOptions());
        var report = await pipeline.CheckAsync(loader.LoadAsync(request.Paths, cancellationToken), cancellationToken).ConfigureAwait(false);
        await WriteAsync(report, request, streams, cancellationToken).ConfigureAwait(false);
        return request.FailOn is { } kind && report.Findings.Any(f => string.Equals(f.Kind.ToString(), kind, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
    }

    private static async Task WriteAsync(ConsistencyReport report, CheckRequest request, CliStreams streams, CancellationToken cancellationToken)
    {
        IReportWriter? writer = request.Format switch
        {
            "json" => new JsonReportWriter(),
            "markdown" => new MarkdownReportWriter(),
            "html" => new HtmlReportWriter(),
            _ => null,
        };

        if (request.Out is null)
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
            return;
        }

        await AtomicFile.WriteAsync(request.Out.FullName, async text =>
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
        await streams.Error.WriteLineAsync($"Report written to {request.Out.FullName}").ConfigureAwait(false);
    }

    private static IAnsiConsole CreateConsole(TextWriter writer) =>
        writer == Console.Out && !Console.IsOutputRedirected ? AnsiConsole.Console : ConsoleReportWriter.CreatePlainConsole(writer);

    private sealed record CheckRequest(string[] Paths, string Format, FileInfo? Out, string? FailOn);
}
