namespace ConsistencyCheck.Ingest;

/// <summary>How documents are read. Immutable; validated when a <see cref="DocumentLoader"/> or reader is created.</summary>
public sealed record IngestOptions
{
    /// <summary>The default limit on one document's size: 16 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 16L * 1024 * 1024;

    /// <summary>The largest limit that can be set: 1 GiB (a document is held in memory as one string).</summary>
    public const long MaxAllowedDocumentBytes = 1L << 30;

    /// <summary>The defaults.</summary>
    public static IngestOptions Default { get; } = new();

    /// <summary>
    /// The largest document read, in bytes: a whole file, a document from standard input, or one JSONL line.
    /// A larger one is not read: it is still listed, with empty text and an <see cref="DiagnosticSeverity.Error"/>
    /// naming its size and this limit (for JSONL only that line; the other lines are read).
    /// Default <see cref="DefaultMaxDocumentBytes"/>; between 1 and <see cref="MaxAllowedDocumentBytes"/>.
    /// </summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>
    /// The collection of documents read from files and standard input, and of JSONL lines that name none.
    /// Documents are only compared within one collection. Default <see cref="Document.DefaultCollection"/>.
    /// </summary>
    public string Collection { get; init; } = Document.DefaultCollection;

    /// <summary>
    /// Whether page furniture (menus, tickers, bylines, datelines, "Most read" lists, copyright lines) is detected
    /// and marked in <see cref="Document.Boilerplate"/>. Default true. Front matter is always marked.
    /// </summary>
    public bool DetectBoilerplate { get; init; } = true;

    /// <summary>
    /// Whether files and folders whose name starts with a dot (such as <c>.git</c>) are read when walking a folder.
    /// Default false: they are passed over silently. A hidden file named directly is always read.
    /// </summary>
    public bool IncludeHiddenFiles { get; init; }

    /// <summary>
    /// Whether, when walking a folder, files whose name before the extension is all capitals (<c>README.md</c>,
    /// <c>LICENSE.txt</c>, <c>CHANGELOG.md</c>, <c>EXPECTED.md</c>) are taken as the folder's own documentation and
    /// not read as articles. Default true. They are still listed, with an <see cref="DiagnosticSeverity.Info"/>
    /// diagnostic saying so. A file named directly is always read.
    /// </summary>
    public bool SkipDocumentationFiles { get; init; } = true;

    /// <summary>
    /// Whether a document in another language than English is listed as not checked. Default true: the recognizers
    /// read English only, and would mis-read "1.234" or "3 mars" in another language. Such a document keeps its text
    /// but gets an <see cref="DiagnosticSeverity.Error"/> "not checked: the text does not look like English (written
    /// in German)", so it has no assertions. A cheap test of English function words passes ordinary English text;
    /// only a text that fails it goes to a language identifier (SearchPioneer.Lingua, 20 common languages, loaded on
    /// first use). Headlines and other texts under about 100 letters are never flagged. When the identifier's model
    /// files are missing, the document is read as English with a <see cref="DiagnosticSeverity.Warning"/>.
    /// </summary>
    public bool SkipNonEnglish { get; init; } = true;

    /// <summary>
    /// Opens the stream read for <see cref="DocumentLoader.StandardInputPath"/> (<c>-</c>). Default null: the process's
    /// standard input. A host that feeds documents some other way (a pipe it owns, a test) sets it; the loader disposes
    /// the stream once it has been read.
    /// </summary>
    public Func<Stream>? StandardInput { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (MaxDocumentBytes < 1 || MaxDocumentBytes > MaxAllowedDocumentBytes)
        {
            throw new ArgumentException(
                $"{nameof(MaxDocumentBytes)} must be between 1 and {MaxAllowedDocumentBytes}; it is {MaxDocumentBytes}.",
                nameof(MaxDocumentBytes));
        }

        if (string.IsNullOrWhiteSpace(Collection))
        {
            throw new ArgumentException($"{nameof(Collection)} must not be empty.", nameof(Collection));
        }
    }
}
