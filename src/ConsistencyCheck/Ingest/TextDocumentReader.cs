using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// Reads plain text (<c>.txt</c>). The text is kept exactly as decoded, so every offset refers to the file.
/// Optional YAML front matter at the top is read as in Markdown and marked as boilerplate. The first line that is
/// not page furniture is the headline when it does not end with a full stop; a dateline or byline near the top
/// ("14 March 2024 09:30", "Ansel Valley Post | 14 March 2024, 11:05", "By Name, The Outlet") gives the
/// publication time and outlet. Page furniture from web pages (menus, tickers, bylines, "Most read" lists) is
/// marked with <see cref="BoilerplateDetector"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TextDocumentReader : IDocumentReader
{
    private readonly IngestOptions _options;

    /// <summary>Creates a reader with <paramref name="options"/> (default <see cref="IngestOptions.Default"/>).</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public TextDocumentReader(IngestOptions? options = null)
    {
        _options = options ?? IngestOptions.Default;
        _options.Validate();
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    /// <inheritdoc/>
    public async IAsyncEnumerable<Document> ReadAsync(
        DocumentId id,
        string source,
        Stream stream,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(stream);
        yield return await SingleDocumentReading.ReadAsync(id, source, stream, _options, Read, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a document from text already decoded. Never throws on content.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="source">Where it came from, for messages.</param>
    /// <param name="text">The whole file as text; it becomes <see cref="Document.Text"/> unchanged.</param>
    public Document Read(DocumentId id, string source, string text)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        return Build(id, source, text, _options, titleFromFirstLine: true);
    }

    /// <summary>Builds a text or Markdown document: front matter, furniture, header lines.</summary>
    internal static Document Build(DocumentId id, string source, string text, IngestOptions options, bool titleFromFirstLine, Func<string, int, ImmutableArray<Diagnostic>.Builder, string, string?>? findTitle = null)
    {
        var frontMatter = FrontMatter.Read(text, source);
        var bodyStart = frontMatter.Region.End;
        ImmutableArray<SourceSpan> boilerplate = frontMatter.Region.IsEmpty ? [] : [frontMatter.Region];
        if (options.DetectBoilerplate)
        {
            boilerplate = SingleDocumentReading.Union(boilerplate, BoilerplateDetector.Detect(text, bodyStart));
        }

        var header = HeaderScanner.Scan(text, bodyStart);
        var diagnostics = frontMatter.Diagnostics.ToBuilder();
        var title = frontMatter.Title ?? findTitle?.Invoke(text, bodyStart, diagnostics, source) ?? (titleFromFirstLine ? header.Title : null);
        var document = new Document(id, text)
        {
            Source = source,
            Collection = options.Collection,
            Metadata = new DocumentMetadata
            {
                Title = title,
                Publisher = frontMatter.Publisher ?? header.Publisher,
                Url = frontMatter.Url,
                Published = frontMatter.Published ?? header.Published,
            },
            Boilerplate = boilerplate,
            Diagnostics = diagnostics.ToImmutable(),
        };
        return LanguageCheck.Apply(document, options);
    }
}
