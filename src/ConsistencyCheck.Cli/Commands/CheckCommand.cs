using System.CommandLine;
using System.Diagnostics;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;
using ConsistencyCheck.Stories;

namespace ConsistencyCheck.Cli.Commands;

/// <summary><c>check PATHS... [--format console|json|jsonl|markdown|html] [--out FILE] [--fail-on contradiction] [--stats] [--stories none|collection|auto]</c>.</summary>
internal static class CheckCommand
{
    public static Command Create(CliStreams streams)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = PathsDescription,
            Arity = ArgumentArity.OneOrMore,
        };
        var format = FormatOption();
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the report to this file (written atomically) instead of standard output." };
        var failOn = FailOnOption();
        var stats = StatsOption();
        var stories = StoriesOption();

        var command = new Command("check", "Check documents for agreements, contradictions and changes over time.") { paths, format, output, failOn, stats, stories };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new CheckRequest(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(failOn), parse.GetValue(stats),
                StoryModeNames.Parse(parse.GetValue(stories)!)),
            streams,
            cancellationToken));
        return command;
    }

    /// <summary>The help text of the <c>paths</c> argument, shared with <c>extract</c>.</summary>
    public const string PathsDescription =
        "Files, folders (walked recursively) or '-' for standard input. A path that does not exist is listed in the report as " +
        "an input error (not a document) and the exit code is 2, but the other paths are still read and reported.";

    /// <summary><c>--format</c>, shared with <c>compare</c>.</summary>
    public static Option<string> FormatOption()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: console (default), json, jsonl (findings one per line, then a summary; for very large runs), markdown or html.",
            DefaultValueFactory = _ => "console",
        };
        format.AcceptOnlyFromAmong([.. ReportOptionNames.Formats]);
        return format;
    }

    /// <summary><c>--fail-on</c>, shared with <c>compare</c>.</summary>
    public static Option<string?> FailOnOption()
    {
        var failOn = new Option<string?>("--fail-on") { Description = "Exit with code 1 when findings of this kind exist: contradiction (or changedOverTime, agreement). A path that does not exist gives 2 instead." };
        failOn.AcceptOnlyFromAmong([.. ReportOptionNames.FindingKinds]);
        return failOn;
    }

    /// <summary><c>--stories</c>, shared with <c>extract</c> and <c>compare</c>.</summary>
    public static Option<string> StoriesOption()
    {
        var stories = new Option<string>("--stories")
        {
            Description = "How documents are grouped into stories before figures are compared: auto (default; grouped by what they report, " +
                "within each collection; a named collection splits only into unrelated parts), collection (each collection is one story) or " +
                "none (the whole run is one story, as before stories). 'extract --stories auto' writes what 'compare --stories auto' groups by.",
            DefaultValueFactory = _ => "auto",
        };
        stories.AcceptOnlyFromAmong([.. StoryModeNames.Names]);
        return stories;
    }

    /// <summary><c>--stats</c>, shared with <c>extract</c> and <c>compare</c>.</summary>
    public static Option<bool> StatsOption() => new("--stats")
    {
        Description = "Print to standard error: documents, bytes, assertions, clusters, findings, seconds per stage, MB/s and peak memory.",
    };

    /// <summary>False, after printing a usage error naming it, when a path does not exist (for <c>compare</c>, which then reads nothing).</summary>
    public static async Task<bool> PathsExistAsync(IEnumerable<string> paths, CliStreams streams)
    {
        foreach (var path in paths)
        {
            if (IsMissing(path))
            {
                await PrintMissingAsync(path, streams).ConfigureAwait(false);
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Prints <c>error: path 'p' does not exist.</c> for every path that does not exist and returns whether there was
    /// one. The run goes on (for <c>check</c> and <c>extract</c>): the report lists such a path as an input error (not a
    /// document), and the exit code becomes <see cref="CliApplication.UsageError"/>.
    /// </summary>
    public static async Task<bool> ReportMissingPathsAsync(IEnumerable<string> paths, CliStreams streams)
    {
        var missing = false;
        foreach (var path in paths.Where(IsMissing))
        {
            await PrintMissingAsync(path, streams).ConfigureAwait(false);
            missing = true;
        }

        return missing;
    }

    private static bool IsMissing(string path) => path != DocumentLoader.StandardInputPath && !File.Exists(path) && !Directory.Exists(path);

    private static Task PrintMissingAsync(string path, CliStreams streams) =>
        streams.Error.WriteLineAsync($"error: path '{DisplayText.Neutralize(path)}' does not exist.");

    private static async Task<int> RunAsync(CheckRequest request, CliStreams streams, CancellationToken cancellationToken)
    {
        var (ok, format, failOn) = await ReportOutput.ParseAsync(request.Format, request.FailOn, streams).ConfigureAwait(false);
        if (!ok)
        {
            return CliApplication.UsageError;
        }

        // Before any work: a refused or unwritable --out is one line and exit 2.
        var (output, refused) = await ReportOutput.OpenAsync(request.Out, request.Paths, streams).ConfigureAwait(false);
        if (refused)
        {
            return CliApplication.UsageError;
        }

        try
        {
            return await RunAsync(request, format, failOn, output, streams, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (output is not null)
            {
                await output.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> RunAsync(
        CheckRequest request, ReportFormat format, FindingKind? failOn, AtomicOutput? output, CliStreams streams, CancellationToken cancellationToken)
    {
        // A missing path does not stop the run: it is listed in the report as an input error and decides the exit code.
        var missing = await ReportMissingPathsAsync(request.Paths, streams).ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        var meter = new ConsistencyMeter();
        var pipeline = PipelineFactory.Create(meter, request.Stories);
        var loader = new DocumentLoader(new IngestOptions { StandardInput = () => TextReaderStream.Open(streams.Input) });
        var tally = new InputTally(request.Paths);
        var documents = tally.Watch(loader.LoadAsync(request.Paths, cancellationToken), cancellationToken);
        var (outcome, writeTicks) = await ReportOutput.RunAsync(new Run(pipeline, documents), format, output, streams, cancellationToken).ConfigureAwait(false);
        if (request.Stats)
        {
            await RunStatistics.PrintAsync(streams.Error, meter, RunStatistics.InputBytes(request.Paths), writeTicks, started).ConfigureAwait(false);
        }

        await tally.WarnAsync(streams.Error).ConfigureAwait(false);
        return missing ? CliApplication.UsageError : ReportOutput.ExitCode(outcome, failOn);
    }

    /// <summary>The whole check over the documents read.</summary>
    private sealed class Run(ConsistencyPipeline pipeline, IAsyncEnumerable<Document> documents) : IRun
    {
        public Task<ComparisonOutcome> RunAsync<TPart>(IFindingSink<TPart> sink, CancellationToken cancellationToken) =>
            pipeline.RunAsync(documents, sink, cancellationToken);
    }

    private sealed record CheckRequest(string[] Paths, string Format, FileInfo? Out, string? FailOn, bool Stats, StoryMode Stories);
}
