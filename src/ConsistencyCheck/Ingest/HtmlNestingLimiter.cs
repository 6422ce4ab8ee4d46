using System.Collections.Frozen;
using System.Text;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// Keeps HTML parsing linear: AngleSharp's tree builder scans the stack of open elements for many start tags
/// (<c>div</c>, <c>ul</c>, formatting elements such as <c>font</c>), so a page nesting thousands of elements parses in
/// time proportional to the square of its size. Before parsing, one linear scan estimates the nesting; when it passes
/// <see cref="MaxDepth"/>, the tags below that depth are removed from the markup (their text is kept), as browsers
/// flatten over-deep trees. Pages within the limit are passed through untouched.
/// </summary>
/// <remarks>
/// The estimate follows the tokenizer closely enough for this purpose, not exactly: comments, doctype, raw-text
/// elements (<c>script</c>, <c>style</c>, <c>textarea</c>, <c>title</c>, ...) and quoted attribute values are skipped;
/// void elements, self-closing tags and elements whose end tag is implied (<c>p</c>, <c>li</c>, <c>td</c>, ...) do not
/// count; an end tag closes the nearest open element of its name. Every character is looked at a bounded number of
/// times.
/// </remarks>
internal static class HtmlNestingLimiter
{
    /// <summary>The deepest nesting kept. Real pages stay far below it; parsing cost per tag grows with it.</summary>
    internal const int MaxDepth = 128;

    private static readonly FrozenSet<string> Void = new[]
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "frame", "basefont", "bgsound", "image",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ImpliedEnd = new[]
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "rb", "rt", "rp",
        "rtc", "colgroup", "caption", "html", "head", "body",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RawText = new[]
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Returns <paramref name="html"/> itself when its nesting stays within <see cref="MaxDepth"/>; otherwise a copy
    /// without the deeper tags, and in <paramref name="removedTags"/> how many tags were removed.
    /// </summary>
    public static string Limit(string html, out int removedTags)
    {
        removedTags = Scan(html, null);
        if (removedTags == 0)
        {
            return html;
        }

        var output = new StringBuilder(html.Length);
        Scan(html, output);
        return output.ToString();
    }

    // One pass; with output null it only counts the tags it would remove.
    private static int Scan(string html, StringBuilder? output)
    {
        var open = new Stack<string>();
        var removedOpen = 0;
        var removed = 0;
        var copiedUpTo = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                i = SkipMarkupDeclaration(html, lt);
                continue;
            }

            var isEnd = next == '/';
            var nameStart = isEnd ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && html[nameEnd] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd];
            var tagEnd = SkipAttributes(html, nameEnd, out var selfClosing);
            bool remove;
            if (isEnd)
            {
                remove = !Void.Contains(name) && !ImpliedEnd.Contains(name) && removedOpen > 0;
                if (remove)
                {
                    removedOpen--;
                }
                else
                {
                    Close(open, name);
                }
            }
            else if (selfClosing || Void.Contains(name) || ImpliedEnd.Contains(name))
            {
                remove = false;
            }
            else if (RawText.Contains(name))
            {
                remove = false;
                tagEnd = SkipRawText(html, tagEnd, name);
            }
            else if (open.Count < MaxDepth && removedOpen == 0)
            {
                remove = false;
                open.Push(name);
            }
            else
            {
                remove = true;
                removedOpen++;
            }

            if (remove)
            {
                removed++;
                output?.Append(html, copiedUpTo, lt - copiedUpTo);
                copiedUpTo = tagEnd;
            }

            i = tagEnd;
        }

        output?.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return removed;
    }

    // Pops up to and including the nearest open element named `name`; an end tag with no such element is ignored.
    // The stack holds at most MaxDepth names, so this is bounded per tag.
    private static void Close(Stack<string> open, string name)
    {
        var depth = 0;
        foreach (var element in open)
        {
            depth++;
            if (string.Equals(element, name, StringComparison.OrdinalIgnoreCase))
            {
                for (var k = 0; k < depth; k++)
                {
                    open.Pop();
                }

                return;
            }
        }
    }

    // After the tag name: attributes, with quoted values skipped whole. Returns the index after the closing '>'.
    private static int SkipAttributes(string html, int i, out bool selfClosing)
    {
        selfClosing = false;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                selfClosing = i > 0 && html[i - 1] == '/';
                return i + 1;
            }

            if (c is '"' or '\'' && i > 0 && IsValueStart(html, i))
            {
                var close = html.IndexOf(c, i + 1);
                i = close < 0 ? html.Length : close + 1;
                continue;
            }

            i++;
        }

        return html.Length;
    }

    // A quote opens a value only right after '=' (white space allowed between).
    private static bool IsValueStart(string html, int quote)
    {
        var k = quote - 1;
        while (k > 0 && html[k] is ' ' or '\t' or '\n' or '\r' or '\f')
        {
            k--;
        }

        return html[k] == '=';
    }

    private static int SkipMarkupDeclaration(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        var end = html.IndexOf('>', lt + 1);
        return end < 0 ? html.Length : end + 1;
    }

    private static int SkipRawText(string html, int i, string name)
    {
        var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? html.Length : close;
    }
}
