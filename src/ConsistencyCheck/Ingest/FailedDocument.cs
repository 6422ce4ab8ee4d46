namespace ConsistencyCheck.Ingest;

/// <summary>Builds the documents that stand for inputs that could not be read: empty text and one diagnostic.</summary>
internal static class FailedDocument
{
    /// <summary>An unreadable document: empty text and an <see cref="DiagnosticSeverity.Error"/>.</summary>
    public static Document Error(DocumentId id, string source, string collection, string message) =>
        new(id, string.Empty) { Source = source, Collection = collection, Diagnostics = [Diagnostic.Error(message)] };

    /// <summary>
    /// What the loader yields for a path that names nothing: not a document (<see cref="Document.IsMissingPath"/>), with
    /// empty text and an <see cref="DiagnosticSeverity.Error"/>.
    /// </summary>
    public static Document MissingPath(string path, string collection, string message) =>
        Error(new DocumentId(path.Replace('\\', '/')), path, collection, message) with { IsMissingPath = true };

    /// <summary>A document that was deliberately not read (such as an unsupported file type): empty text and a warning.</summary>
    public static Document Skipped(DocumentId id, string source, string collection, string message) =>
        new(id, string.Empty) { Source = source, Collection = collection, Diagnostics = [Diagnostic.Warning(message)] };
}
