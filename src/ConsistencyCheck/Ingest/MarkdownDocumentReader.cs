using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// Reads Markdown (<c>.md</c>, <c>.markdown</c>). <see cref="Document.Text"/> is the whole file as written,
/// markup included, so offsets refer to the file; the YAML front matter (<c>title</c>, <c>url</c>,
/// <c>publisher</c>, <c>published</c> or <c>date</c>) is marked as boilerplate. The title is the front matter's
/// <c>title</c>, else the first level-1 heading (found with Markdig). The publication time and outlet come from the
/// front matter, else from a dateline or byline near the top. Page furniture is marked as for plain text.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class MarkdownDocumentReader : IDocumentReader
{
    /// <summary>How much of the body is parsed to find the first heading, in characters.</summary>
    private const int TitleSearchLength = 32 * 1024;

    /// <summary>How much is parsed when the first attempt is refused as too deeply nested.</summary>
    private const int FallbackSearchLength = 2 * 1024;

    private readonly IngestOptions _options;

    /// <summary>Creates a reader with <paramref name="options"/> (default <see cref="IngestOptions.Default"/>).</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public MarkdownDocumentReader(IngestOptions? options = null)
    {
        _options = options ?? IngestOptions.Default;
        _options.Validate();
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

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

    /// <summary>Reads a document from Markdown already decoded. Never throws on content.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="source">Where it came from, for messages.</param>
    /// <param name="text">The whole file as text; it becomes <see cref="Document.Text"/> unchanged.</param>
    public Document Read(DocumentId id, string source, string text)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        return TextDocumentReader.Build(id, source, text, _options, titleFromFirstLine: false, FindTitle);
    }

    private static string? FindTitle(string text, int bodyStart, ImmutableArray<Diagnostic>.Builder diagnostics, string source)
    {
        // The headline is near the top; parsing a bounded prefix (cut at a line break) keeps huge files cheap.
        // Markdig refuses absurdly nested input with ArgumentException; then only the first lines are tried.
        foreach (var limit in (ReadOnlySpan<int>)[TitleSearchLength, FallbackSearchLength])
        {
            try
            {
                return FindTitle(Prefix(text, bodyStart, limit));
            }
            catch (ArgumentException)
            {
                continue;
            }
        }

        diagnostics.Add(Diagnostic.Warning($"{source}: Markdown too deeply nested to look for a heading; no title read from it."));
        return null;
    }

    private static string Prefix(string text, int bodyStart, int limit)
    {
        var end = text.Length;
        if (end - bodyStart > limit)
        {
            end = bodyStart + limit;
            var lineBreak = text.LastIndexOf('\n', end - 1, limit);
            end = lineBreak > bodyStart ? lineBreak : end;
        }

        return text[bodyStart..end];
    }

    private static string? FindTitle(string body)
    {
        var document = Markdown.Parse(body);
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 1, Inline: { } inline })
            {
                var title = InlineText(inline).Trim();
                return title.Length > 0 ? title : null;
            }
        }

        return null;
    }

    private static string InlineText(ContainerInline container)
    {
        var builder = new StringBuilder();
        foreach (var inline in container.Descendants())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
            }
        }

        return builder.ToString();
    }
}
