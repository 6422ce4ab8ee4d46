using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// Reads the assertion lines <c>extract</c> wrote back into one <see cref="ExtractedRun"/>: files, folders of
/// <c>*.jsonl</c> files (walked recursively, in ordinal order) or <c>-</c> for standard input. A document or assertion
/// that several lines repeat is kept once (the first); a path that stood for a missing input is kept once.
/// </summary>
public static class AssertionFiles
{
    /// <summary>Reads every line of every input.</summary>
    /// <param name="paths">Files, folders or <c>-</c>.</param>
    /// <param name="standardInput">Opens standard input, for <c>-</c>.</param>
    /// <param name="read">Called for each document, input error and assertion kept (for counting); may be null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="InvalidDataException">A line is not an assertion line; the message names the file and line.</exception>
    public static async Task<ExtractedRun> ReadAsync(
        IReadOnlyList<string> paths, Func<Stream> standardInput, Action<AssertionLine>? read = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(standardInput);
        var documents = new Dictionary<DocumentId, DocumentSummary>();
        var signatures = new List<StorySignature>();
        var inputErrors = new HashSet<DocumentSummary>();
        var assertions = new Dictionary<AssertionId, Assertion>();
        var repeated = 0L;
        foreach (var (stream, source) in Open(paths, standardInput))
        {
            await using (stream.ConfigureAwait(false))
            {
                await foreach (var line in AssertionLinesReader.ReadAsync(stream, source, cancellationToken).ConfigureAwait(false))
                {
                    var kept = line switch
                    {
                        // A path that did not exist at extract time: an input error, not a document (its id may be a document's).
                        DocumentLine { Document.IsMissingPath: true } d => inputErrors.Add(d.Document),
                        DocumentLine d => documents.TryAdd(d.Document.Id, d.Document) && Keep(d.Signature),
                        AssertionRecordLine a => assertions.TryAdd(a.Assertion.Id, a.Assertion),
                        _ => false,
                    };
                    if (kept)
                    {
                        read?.Invoke(line);
                    }
                    else
                    {
                        repeated++;
                    }
                }
            }
        }

        return new ExtractedRun([.. documents.Values, .. inputErrors], [.. assertions.Values], repeated) { Signatures = [.. signatures] };

        bool Keep(StorySignature? signature)
        {
            if (signature is not null)
            {
                signatures.Add(signature);
            }

            return true;
        }
    }

    /// <summary>The streams to read: each file, each <c>.jsonl</c> file under a folder (in ordinal order), or standard input.</summary>
    private static IEnumerable<(Stream Stream, string Source)> Open(IReadOnlyList<string> paths, Func<Stream> standardInput)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return (standardInput(), "-");
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
