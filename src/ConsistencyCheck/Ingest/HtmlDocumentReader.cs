using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Html.Parser;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// Reads a saved web page (<c>.html</c>, <c>.htm</c>, <c>.xhtml</c>) with AngleSharp. <see cref="Document.Text"/> is
/// the article as extracted: the title line, a blank line, then one paragraph per block element, separated by blank
/// lines; every offset refers to this text, not to the markup. Navigation, menus, tickers, related and most-read
/// lists, sharing and newsletter blocks, footers and adverts are dropped (see <c>docs/ingest.md</c>), and the
/// plain-text furniture rules then mark bylines and the like that remain. Title, publisher, address and publication
/// time come from meta tags and JSON-LD, else from the page's headline, title element, time elements and datelines.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class HtmlDocumentReader : IDocumentReader
{
    private readonly IngestOptions _options;

    /// <summary>Creates a reader with <paramref name="options"/> (default <see cref="IngestOptions.Default"/>).</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public HtmlDocumentReader(IngestOptions? options = null)
    {
        _options = options ?? IngestOptions.Default;
        _options.Validate();
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

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

    /// <summary>Reads a document from markup already decoded. Never throws on content.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="source">Where it came from, for messages.</param>
    /// <param name="html">The page's markup.</param>
    public Document Read(DocumentId id, string source, string html)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(html);
        var markup = HtmlNestingLimiter.Limit(html, out var removedTags);
        var parser = new HtmlParser();
        using var page = parser.ParseDocument(markup);
        var root = HtmlArticleExtractor.FindRoot(page);
        var metadata = HtmlMetadataReader.Read(page, root, source);
        var paragraphs = HtmlArticleExtractor.Extract(root, metadata.Title);

        var text = new StringBuilder();
        if (metadata.Title is { } title)
        {
            text.Append(title);
        }

        foreach (var paragraph in paragraphs)
        {
            text.Append(text.Length > 0 ? "\n\n" : string.Empty).Append(paragraph);
        }

        var content = text.ToString();
        var diagnostics = metadata.Diagnostics;
        if (removedTags > 0)
        {
            diagnostics = diagnostics.Insert(0, Diagnostic.Warning(
                $"{source}: elements are nested more than {HtmlNestingLimiter.MaxDepth} deep; {removedTags} deeper tag(s) were ignored and their text kept."));
        }

        if (content.Length == 0)
        {
            diagnostics = diagnostics.Add(Diagnostic.Error($"{source}: no article text found in the page."));
        }

        var bodyStart = metadata.Title?.Length ?? 0;
        var header = metadata.Published is null || metadata.Publisher is null ? HeaderScanner.Scan(content, bodyStart) : default;
        var document = new Document(id, content)
        {
            Source = source,
            Collection = _options.Collection,
            Metadata = new DocumentMetadata
            {
                Title = metadata.Title,
                Publisher = metadata.Publisher ?? header.Publisher,
                Url = metadata.Url,
                Published = metadata.Published ?? header.Published,
            },
            Boilerplate = _options.DetectBoilerplate ? BoilerplateDetector.Detect(content, bodyStart) : [],
            Diagnostics = diagnostics,
        };
        return LanguageCheck.Apply(document, _options);
    }
}
