using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// Finds the article in a parsed page and turns it into paragraphs. The content root is the
/// <c>[itemprop=articleBody]</c> element, else the <c>article</c> with the most text, else <c>main</c> or
/// <c>[role=main]</c>, else <c>body</c>. Inside it, scripts, navigation, headers without a headline, footers,
/// asides, forms and frames are dropped, and so is any element whose class, id, role or aria-label names
/// navigation, menus, tickers, related or most-read lists, sharing, newsletters, cookies, comments, sidebars,
/// promotions or adverts (unless it holds most of the article's text). Each block element (paragraph, heading,
/// list item, quote, caption, table row, ...) becomes one paragraph; white space is collapsed as a browser would.
/// </summary>
/// <remarks>The tree is walked with an explicit stack, so deeply nested markup cannot overflow the call stack.</remarks>
internal static class HtmlArticleExtractor
{
    private static readonly FrozenSet<string> DroppedTags = new[]
    {
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "svg", "math", "button",
        "select", "textarea", "input", "object", "embed", "canvas", "audio", "video", "map", "dialog", "menu", "head",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> BlockTags = new[]
    {
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Containers that are never dropped for their class or id.
    private static readonly FrozenSet<string> ProtectedTags = new[] { "html", "body", "main", "article" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> JunkWords = new[]
    {
        "nav", "navbar", "navigation", "menu", "menubar", "ticker", "breaking", "related", "trending", "popular", "mostread",
        "mostpopular", "mostviewed", "readnext", "readmore", "morestories", "recommended", "recommendations", "share",
        "sharing", "social", "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr",
        "comments", "comment", "disqus", "footer", "sidebar", "promo", "promotion", "advert", "advertisement", "ad", "ads",
        "adslot", "sponsored", "breadcrumb", "breadcrumbs", "banner", "masthead", "outbrain", "taboola", "toolbar",
        "pagination", "skiplink", "seealso", "topstories", "alsoread", "navigation", "complementary", "contentinfo", "search",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Picks the element holding the article.</summary>
    public static IElement FindRoot(IDocument document)
    {
        var fallback = document.Body ?? document.DocumentElement;
        if (document.QuerySelector("[itemprop~='articleBody']") is { } body)
        {
            return body;
        }

        IElement? best = null;
        var bestLength = 0;
        foreach (var article in document.QuerySelectorAll("article"))
        {
            var length = TextLength(article);
            if (length > bestLength)
            {
                (best, bestLength) = (article, length);
            }
        }

        return best ?? document.QuerySelector("main") ?? document.QuerySelector("[role='main']") ?? fallback;
    }

    /// <summary>The paragraphs of the article under <paramref name="root"/>, in document order, without <paramref name="title"/> repeated.</summary>
    public static List<string> Extract(IElement root, string? title)
    {
        var rootLength = Math.Max(1, TextLength(root));
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var preDepth = 0;
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText text)
            {
                Append(current, text.Data, preDepth > 0);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            if (exit)
            {
                preDepth -= name == "pre" ? 1 : 0;
                Flush(current, paragraphs, title);
                continue;
            }

            if (element != root && IsDropped(element, rootLength))
            {
                continue;
            }

            switch (name)
            {
                case "br":
                    current.Append('\n');
                    continue;
                case "td" or "th" when current.Length > 0 && current[^1] != '\t':
                    current.Append('\t');
                    break;
            }

            if (BlockTags.Contains(name))
            {
                Flush(current, paragraphs, title);
                preDepth += name == "pre" ? 1 : 0;
                stack.Push((element, true));
            }

            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }

        Flush(current, paragraphs, title);
        return paragraphs;
    }

    /// <summary>Collapses runs of HTML white space to single spaces and trims the ends. No-break spaces are kept.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        Append(builder, text, preformatted: false);
        return builder.ToString().Trim();
    }

    private static bool IsDropped(IElement element, int rootLength)
    {
        var name = element.LocalName;
        if (DroppedTags.Contains(name) || element.HasAttribute("hidden") ||
            string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A page header without the headline is site furniture; the article's own header keeps its h1.
        if (name == "header" && (element.QuerySelector("h1") is null || string.Equals(element.GetAttribute("role"), "banner", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (ProtectedTags.Contains(name) || !HasJunkName(element))
        {
            return false;
        }

        // A wrapper whose name merely mentions sharing or comments but holds most of the article stays.
        return TextLength(element) * 2 < rootLength;
    }

    private static bool HasJunkName(IElement element)
    {
        foreach (var attribute in (ReadOnlySpan<string>)["class", "id", "role", "aria-label"])
        {
            var value = element.GetAttribute(attribute);
            if (string.IsNullOrEmpty(value) || value.Length > 500)
            {
                continue;
            }

            var words = value.ToLowerInvariant().Split([' ', '-', '_', '\t', '\n', '.', ':', '/'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                // "most-read", "read_next", "c-related": single words and adjacent pairs, so "mostRead" and "most-read" agree.
                if (JunkWords.Contains(words[i]) || (i + 1 < words.Length && JunkWords.Contains(words[i] + words[i + 1])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int TextLength(IElement element)
    {
        var length = 0;
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                length += text.Data.Length;
                continue;
            }

            if (node is IElement e && e.LocalName is "script" or "style" or "noscript" or "template")
            {
                continue;
            }

            foreach (var child in node.ChildNodes)
            {
                stack.Push(child);
            }
        }

        return length;
    }

    private static void Append(StringBuilder builder, string text, bool preformatted)
    {
        if (preformatted)
        {
            builder.Append(text);
            return;
        }

        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (builder.Length > 0 && builder[^1] is not (' ' or '\n' or '\t'))
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs, string? title)
    {
        var paragraph = current.ToString().Trim();
        current.Clear();
        if (paragraph.Length == 0)
        {
            return;
        }

        // Spaces left at line breaks: "a \n b" reads "a\nb".
        if (paragraph.Contains('\n', StringComparison.Ordinal))
        {
            paragraph = string.Join('\n', paragraph.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        }

        // The headline opens the text once; an h1 repeating it is not added again.
        if (paragraphs.Count < 3 && title is not null && string.Equals(paragraph, title, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        paragraphs.Add(paragraph);
    }
}
