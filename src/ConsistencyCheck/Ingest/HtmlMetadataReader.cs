using System.Collections.Immutable;
using System.Text.Json;
using AngleSharp.Dom;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// Reads title, publisher, address and publication time of a page from its meta tags (Open Graph, article:*,
/// Dublin Core and common date names), its JSON-LD (objects, arrays and <c>@graph</c>, parsed with
/// System.Text.Json) and, last, its <c>h1</c>, <c>title</c> and <c>time</c> elements.
/// </summary>
internal static class HtmlMetadataReader
{
    /// <summary>Most JSON-LD nodes visited per page.</summary>
    private const int MaxJsonNodes = 10_000;

    private static readonly string[] DateKeys =
    [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
        "publish_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "dcterms.issued",
        "parsely-pub-date", "sailthru.date", "article.published", "originalpublicationdate",
    ];

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Reads the metadata of <paramref name="document"/>; <paramref name="source"/> names it in messages.</summary>
    public static HtmlMetadata Read(IDocument document, IElement content, string source)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var meta = MetaTags(document);
        var jsonLd = ReadJsonLd(document, source, diagnostics);

        var publisher = Get(meta, "og:site_name") ?? jsonLd.Publisher ?? Get(meta, "publisher") ?? Get(meta, "application-name");
        var title = Get(meta, "og:title") ?? Get(meta, "twitter:title") ?? jsonLd.Headline ??
            Text(content.QuerySelector("h1") ?? document.QuerySelector("h1")) ?? PageTitle(document, publisher);
        var url = Get(meta, "og:url") ?? document.QuerySelector("link[rel~='canonical']")?.GetAttribute("href")?.Trim() ?? jsonLd.Url;

        DateTimeOffset? published = null;
        var candidates = new List<(string Where, string Value)>();
        AddIf(candidates, "article:published_time", Get(meta, "article:published_time"));
        AddIf(candidates, "JSON-LD datePublished", jsonLd.DatePublished);
        foreach (var key in DateKeys.AsSpan(1))
        {
            AddIf(candidates, $"meta {key}", Get(meta, key));
        }

        var time = content.QuerySelector("time[datetime]") ?? document.QuerySelector("time[datetime]");
        AddIf(candidates, "time element", time?.GetAttribute("datetime"));
        foreach (var (where, value) in candidates)
        {
            if (DatelineParser.TryParseValue(value, out var date))
            {
                published = date;
                break;
            }

            diagnostics.Add(Diagnostic.Warning($"{source}: {where} '{Shorten(value)}' is not a date; ignored."));
        }

        return new HtmlMetadata(title, publisher, url, published, diagnostics.ToImmutable());
    }

    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var content = element.GetAttribute("content") ?? element.GetAttribute("datetime");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop"])
            {
                if (element.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    meta.TryAdd(key.Trim(), content.Trim());
                }
            }
        }

        // itemprop="datePublished" on a non-meta element (such as <time>).
        if (document.QuerySelector("[itemprop='datePublished']:not(meta)") is { } element2 &&
            (element2.GetAttribute("datetime") ?? element2.GetAttribute("content")) is { Length: > 0 } value)
        {
            meta.TryAdd("datepublished", value.Trim());
        }

        return meta;
    }

    private static JsonLdArticle ReadJsonLd(IDocument document, string source, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var result = new JsonLdArticle();
        var index = 0;
        foreach (var script in document.QuerySelectorAll("script"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            index++;
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, JsonOptions);
                Visit(json.RootElement, ref result);
            }
            catch (JsonException ex)
            {
                diagnostics.Add(Diagnostic.Warning($"{source}: JSON-LD block {index} is not valid JSON ({ex.Message}); ignored."));
            }

            if (result.Found)
            {
                break;
            }
        }

        return result;
    }

    // Breadth-first over arrays, @graph and mainEntity; the first article-like object wins.
    private static void Visit(JsonElement root, ref JsonLdArticle result)
    {
        var queue = new Queue<JsonElement>();
        queue.Enqueue(root);
        var visited = 0;
        while (queue.Count > 0 && ++visited <= MaxJsonNodes)
        {
            var node = queue.Dequeue();
            if (node.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in node.EnumerateArray())
                {
                    queue.Enqueue(item);
                }

                continue;
            }

            if (node.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (IsArticle(node))
            {
                result = new JsonLdArticle
                {
                    Found = true,
                    Headline = String(node, "headline") ?? String(node, "name"),
                    DatePublished = String(node, "datePublished") ?? String(node, "dateCreated"),
                    Publisher = PublisherName(node),
                    Url = String(node, "url") ?? IdOrString(node, "mainEntityOfPage"),
                };
                return;
            }

            foreach (var name in (ReadOnlySpan<string>)["@graph", "mainEntity"])
            {
                if (node.TryGetProperty(name, out var child))
                {
                    queue.Enqueue(child);
                }
            }
        }
    }

    private static bool IsArticle(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return IsArticleType(type.GetString());
        }

        return type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleType(t.GetString()));
    }

    private static bool IsArticleType(string? type) =>
        type is not null && (type.EndsWith("Article", StringComparison.Ordinal) || type.EndsWith("Posting", StringComparison.Ordinal) || type == "Report");

    private static string? PublisherName(JsonElement node)
    {
        if (!node.TryGetProperty("publisher", out var publisher))
        {
            return null;
        }

        if (publisher.ValueKind == JsonValueKind.Array)
        {
            publisher = publisher.EnumerateArray().FirstOrDefault();
        }

        return publisher.ValueKind switch
        {
            JsonValueKind.String => Clean(publisher.GetString()),
            JsonValueKind.Object => String(publisher, "name"),
            _ => null,
        };
    }

    private static string? IdOrString(JsonElement node, string name)
    {
        if (!node.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? Clean(value.GetString()) : value.ValueKind == JsonValueKind.Object ? String(value, "@id") : null;
    }

    private static string? String(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Clean(value.GetString()) : null;

    private static string? PageTitle(IDocument document, string? publisher)
    {
        var title = Clean(document.Title);
        if (title is null || publisher is null)
        {
            return title;
        }

        // "Headline | Outlet" or "Headline - Outlet": drop the outlet.
        foreach (var separator in (ReadOnlySpan<string>)[" | ", " - ", " \u2013 ", " \u2014 "])
        {
            var suffix = separator + publisher;
            if (title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && title.Length > suffix.Length)
            {
                return title[..^suffix.Length].Trim();
            }
        }

        return title;
    }

    private static string? Text(IElement? element) => element is null ? null : Clean(HtmlArticleExtractor.CollapseWhitespace(element.TextContent));

    private static string? Get(Dictionary<string, string> meta, string key) => meta.TryGetValue(key, out var value) ? Clean(value) : null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void AddIf(List<(string, string)> list, string where, string? value)
    {
        if (value is not null)
        {
            list.Add((where, value));
        }
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private struct JsonLdArticle
    {
        public bool Found;
        public string? Headline;
        public string? DatePublished;
        public string? Publisher;
        public string? Url;
    }
}
