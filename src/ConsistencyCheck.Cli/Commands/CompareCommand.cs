using System.CommandLine;
using System.Diagnostics;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Reporting;
using ConsistencyCheck.Stories;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>
/// <c>compare FILES... [--format ...] [--out FILE] [--fail-on KIND] [--stats]</c>: the second half of <c>check</c>.
/// Reads assertion lines written by <c>extract</c> (files, folders of <c>.jsonl</c> files, or '-'), clusters and
/// compares them, and writes the same report <c>check</c> would have written over the same documents.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliStreams streams)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Assertion files written by 'extract', folders of them (*.jsonl, walked recursively) or '-' for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CheckCommand.FormatOption();
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the report to this file (written atomically) instead of standard output." };
        var failOn = CheckCommand.FailOnOption();
        var stats = CheckCommand.StatsOption();
        var stories = CheckCommand.StoriesOption();
        var command = new Command("compare", "Cluster and compare assertions written by 'extract' and report agreements, contradictions and changes over time.")
        {
            files, format, output, failOn, stats, stories,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(files)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(failOn), parse.GetValue(stats),
            StoryModeNames.Parse(parse.GetValue(stories)!), streams, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string[] files, string format, FileInfo? outFile, string? failOn, bool stats, StoryMode stories, CliStreams streams, CancellationToken cancellationToken)
    {
        var (ok, parsed, kind) = await ReportOutput.ParseAsync(format, failOn, streams).ConfigureAwait(false);
        if (!ok)
        {
            return CliApplication.UsageError;
        }

        if (!await CheckCommand.PathsExistAsync(files, streams).ConfigureAwait(false))
        {
            return CliApplication.UsageError;
        }

        // Before any work: a refused or unwritable --out is one line and exit 2.
        var (output, refused) = await ReportOutput.OpenAsync(outFile, files, streams).ConfigureAwait(false);
        if (refused)
        {
            return CliApplication.UsageError;
        }

        try
        {
            return await RunAsync(files, parsed, output, kind, stats, stories, streams, cancellationToken).ConfigureAwait(false);
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
        string[] files, ReportFormat parsed, AtomicOutput? outFile, FindingKind? kind, bool stats, StoryMode stories, CliStreams streams,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var meter = new ConsistencyMeter();
        var pipeline = PipelineFactory.Create(meter, stories);
        ExtractedRun extracted;
        try
        {
            extracted = await pipeline.ReadAssertionLinesAsync(files, () => TextReaderStream.Open(streams.Input), cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            await streams.Error.WriteLineAsync($"error: {DisplayText.Neutralize(ex.Message)}").ConfigureAwait(false);
            return CliApplication.UsageError;
        }

        if (extracted.Repeated > 0)
        {
            await streams.Error.WriteLineAsync($"warning: {extracted.Repeated} line(s) repeated a document or assertion already read; each was kept once.").ConfigureAwait(false);
        }

        var (outcome, writeTicks) = await ReportOutput.RunAsync(new Run(pipeline, extracted), parsed, outFile, streams, cancellationToken).ConfigureAwait(false);
        if (stats)
        {
            await RunStatistics.PrintAsync(streams.Error, meter, RunStatistics.InputBytes(files), writeTicks, started, "read").ConfigureAwait(false);
        }

        return ReportOutput.ExitCode(outcome, kind);
    }

    /// <summary>The second half of the check over the assertion lines read.</summary>
    private sealed class Run(ConsistencyPipeline pipeline, ExtractedRun extracted) : IRun
    {
        public Task<ComparisonOutcome> RunAsync<TPart>(IFindingSink<TPart> sink, CancellationToken cancellationToken) =>
            pipeline.CompareAsync(extracted, sink, cancellationToken);
    }
}
