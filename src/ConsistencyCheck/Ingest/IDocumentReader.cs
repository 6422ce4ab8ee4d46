namespace ConsistencyCheck.Ingest;

/// <summary>
/// Reads one input format (plain text, Markdown, HTML, JSON Lines) from a stream into documents.
/// Implementations never throw on content: anything unreadable becomes a document with a diagnostic.
/// </summary>
public interface IDocumentReader
{
    /// <summary>The file extensions this reader handles, lower case with the leading dot (<c>.txt</c>).</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>
    /// Reads the documents in <paramref name="stream"/>: exactly one for a single-document format, one per
    /// non-blank line for JSON Lines. The stream is read once, from its current position, and not disposed.
    /// </summary>
    /// <param name="id">The id of the document (for JSON Lines, of the file: used for lines that have no id).</param>
    /// <param name="source">Where it came from, for <see cref="Document.Source"/> and messages (a path, or <c>-</c>).</param>
    /// <param name="stream">The bytes to read.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <exception cref="IOException">The stream itself failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    IAsyncEnumerable<Document> ReadAsync(DocumentId id, string source, Stream stream, CancellationToken cancellationToken = default);
}
