using System.CommandLine;
using System.Diagnostics;
using System.Text;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Stories;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>
/// <c>extract PATHS... [--out FILE] [--stats] [--stories none|collection|auto]</c>: the first half of <c>check</c>. Reads documents and writes their
/// assertion lines (a document line, then one line per assertion with its partition key) as documents finish,
/// so any number of machines can extract shards of a corpus in parallel (docs/scaling.md).
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(CliStreams streams)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = CheckCommand.PathsDescription,
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the assertion lines to this file (written atomically) instead of standard output." };
        var stats = CheckCommand.StatsOption();
        var stories = CheckCommand.StoriesOption();
        var command = new Command("extract", "Read documents and write their assertions as JSON lines, each with its partition key, for 'compare'.") { paths, output, stats, stories };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(paths)!, parse.GetValue(output), parse.GetValue(stats), StoryModeNames.Parse(parse.GetValue(stories)!), streams, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, FileInfo? outFile, bool stats, StoryMode stories, CliStreams streams, CancellationToken cancellationToken)
    {
        // Before any work: a refused or unwritable --out is one line and exit 2.
        var (output, refused) = await ReportOutput.OpenAsync(outFile, paths, streams).ConfigureAwait(false);
        if (refused)
        {
            return CliApplication.UsageError;
        }

        try
        {
            return await RunAsync(paths, output, stats, stories, streams, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (output is not null)
            {
                await output.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> RunAsync(string[] paths, AtomicOutput? output, bool stats, StoryMode stories, CliStreams streams, CancellationToken cancellationToken)
    {
        // A missing path does not stop the run: its line ("missingPath": true) carries the error for compare's input errors, and the exit code is 2.
        var missing = await CheckCommand.ReportMissingPathsAsync(paths, streams).ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        var meter = new ConsistencyMeter();
        // With --stories auto each document line carries its story signature, for 'compare --stories auto'.
        var pipeline = PipelineFactory.Create(meter, stories);
        var loader = new DocumentLoader(new IngestOptions { StandardInput = () => TextReaderStream.Open(streams.Input) });
        var tally = new InputTally(paths);
        var extracted = pipeline.ExtractDocumentsAsync(tally.Watch(loader.LoadAsync(paths, cancellationToken), cancellationToken), cancellationToken);
        if (output is null)
        {
            await foreach (var document in extracted.ConfigureAwait(false))
            {
                await streams.Output.WriteAsync(Encoding.UTF8.GetString(AssertionLinesWriter.ToUtf8Lines(document)).AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            await streams.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await AssertionLinesWriter.WriteAsync(extracted, output.Stream, cancellationToken).ConfigureAwait(false);
            await output.CommitAsync(cancellationToken).ConfigureAwait(false);
            await ReportOutput.WrittenAsync(output, streams, "Assertions").ConfigureAwait(false);
        }

        if (stats)
        {
            await RunStatistics.PrintAsync(streams.Error, meter, RunStatistics.InputBytes(paths), 0, started).ConfigureAwait(false);
        }

        await tally.WarnAsync(streams.Error).ConfigureAwait(false);
        return missing ? CliApplication.UsageError : 0;
    }
}
