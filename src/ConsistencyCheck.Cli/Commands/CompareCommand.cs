using System.CommandLine;
using System.Diagnostics;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;

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
        var command = new Command("compare", "Cluster and compare assertions written by 'extract' and report agreements, contradictions and changes over time.")
        {
            files, format, output, failOn, stats,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(files)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(failOn), parse.GetValue(stats), streams, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] files, string format, FileInfo? outFile, string? failOn, bool stats, CliStreams streams, CancellationToken cancellationToken)
    {
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
            return await RunAsync(files, format, output, failOn, stats, streams, cancellationToken).ConfigureAwait(false);
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
        string[] files, string format, AtomicOutput? outFile, string? failOn, bool stats, CliStreams streams, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var meter = new ConsistencyMeter();
        var documents = new Dictionary<DocumentId, DocumentSummary>();
        var inputErrors = new HashSet<DocumentSummary>();
        var assertions = new Dictionary<AssertionId, Assertion>();
        var repeated = 0L;
        try
        {
            foreach (var (stream, source) in Open(files, streams))
            {
                await using (stream.ConfigureAwait(false))
                {
                    await foreach (var line in AssertionLinesReader.ReadAsync(stream, source, cancellationToken).ConfigureAwait(false))
                    {
                        switch (line)
                        {
                            // A path that did not exist at extract time: an input error, not a document (its id may be a document's).
                            case DocumentLine { Document.IsMissingPath: true } d:
                                if (inputErrors.Add(d.Document))
                                {
                                    meter.AddInputError();
                                }

                                break;
                            case DocumentLine d when documents.TryAdd(d.Document.Id, d.Document):
                                meter.AddDocument(0, d.Document.Diagnostics.Any(x => x.Severity == DiagnosticSeverity.Error), 0, 0, 0);
                                break;
                            case AssertionRecordLine a when assertions.TryAdd(a.Assertion.Id, a.Assertion):
                                meter.AddAssertions(1);
                                break;
                            default:
                                repeated++;
                                break;
                        }
                    }
                }
            }
        }
        catch (InvalidDataException ex)
        {
            await streams.Error.WriteLineAsync($"error: {DisplayText.Neutralize(ex.Message)}").ConfigureAwait(false);
            return CliApplication.UsageError;
        }

        meter.AddExtraction(Stopwatch.GetTimestamp() - started);
        if (repeated > 0)
        {
            await streams.Error.WriteLineAsync($"warning: {repeated} line(s) repeated a document or assertion already read; each was kept once.").ConfigureAwait(false);
        }

        var pipeline = PipelineFactory.Create();
        if (format == "jsonl")
        {
            var unreadable = documents.Values.Where(JsonLinesReportWriter.IsUnreadable).Concat(inputErrors).ToList();
            var count = documents.Count;
            documents.Clear();
            var list = assertions.Values.ToList();
            assertions.Clear();
            var (summary, _) = await ReportOutput.WriteLinesAsync(pipeline, count, unreadable, list, outFile, streams, meter, cancellationToken).ConfigureAwait(false);
            if (stats)
            {
                await RunStatistics.PrintAsync(streams.Error, meter, RunStatistics.InputBytes(files), 0, started, "read").ConfigureAwait(false);
            }

            return ReportOutput.ExitCode(summary, failOn);
        }

        var report = pipeline.CompareExtracted(documents.Values.Concat(inputErrors), assertions.Values, meter, cancellationToken);
        documents.Clear();
        assertions.Clear();
        var writeTicks = await ReportOutput.WriteAsync(report, format, outFile, streams, cancellationToken).ConfigureAwait(false);
        if (stats)
        {
            await RunStatistics.PrintAsync(streams.Error, meter, RunStatistics.InputBytes(files), writeTicks, started, "read").ConfigureAwait(false);
        }

        return ReportOutput.ExitCode(report, failOn);
    }

    /// <summary>The streams to read: each file, each <c>.jsonl</c> file under a folder (in ordinal order), or standard input.</summary>
    private static IEnumerable<(Stream Stream, string Source)> Open(string[] files, CliStreams streams)
    {
        foreach (var path in files)
        {
            if (path == "-")
            {
                yield return (TextReaderStream.Open(streams.Input), "-");
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    yield return (new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true), file);
                }
            }
            else
            {
                yield return (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true), path);
            }
        }
    }
}
