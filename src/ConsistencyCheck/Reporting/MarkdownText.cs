using System.Text;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// Escaping for text placed in CommonMark/GFM output, so source text cannot turn into markup; control characters and
/// bidi overrides are then shown visibly (<see cref="DisplayText.Neutralize"/>), so the page is safe to read in a
/// terminal too.
/// </summary>
internal static class MarkdownText
{
    // ASCII punctuation that can start or end markup inline or in a table cell; all of it may be backslash-escaped.
    private const string Special = "\\`*_[]<>|#&!~";

    /// <summary>
    /// <paramref name="text"/> as literal inline text: markup characters backslash-escaped, line breaks and tabs
    /// turned into spaces (keeps table rows and list items on one line), other controls and bidi overrides shown as
    /// <c>\x1b</c> or <c>\u202e</c>.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t')
            {
                builder.Append(' ');
            }
            else
            {
                if (Special.Contains(c, StringComparison.Ordinal))
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }
        }

        // After the markup escapes, so "\x1b" is not itself escaped: a backslash before a letter is literal in CommonMark.
        return DisplayText.Neutralize(builder.ToString());
    }

    /// <summary>
    /// <paramref name="text"/> as a paragraph of its own: like <see cref="Escape"/>, and a start that CommonMark would
    /// read as a list item, heading rule or ordered list ("- ", "+ ", "=", "1. ", "2) ") is escaped too.
    /// </summary>
    public static string Paragraph(string? text)
    {
        var escaped = Escape(text);
        if (escaped.Length == 0)
        {
            return escaped;
        }

        if (escaped[0] is '-' or '+' or '=')
        {
            return "\\" + escaped;
        }

        var digits = 0;
        while (digits < escaped.Length && char.IsAsciiDigit(escaped[digits]))
        {
            digits++;
        }

        return digits is > 0 and <= 9 && digits < escaped.Length && escaped[digits] is '.' or ')'
            ? string.Concat(escaped.AsSpan(0, digits), "\\", escaped.AsSpan(digits))
            : escaped;
    }

    /// <summary>
    /// <paramref name="text"/> as a code span, fenced with more backticks than it contains in a row; controls and bidi
    /// overrides shown visibly.
    /// </summary>
    public static string Code(string? text)
    {
        var content = DisplayText.Neutralize((text ?? string.Empty).ReplaceLineEndings(" "));
        var longest = 0;
        var run = 0;
        foreach (var c in content)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = content.StartsWith('`') || content.EndsWith('`') ? " " : string.Empty;
        return fence + pad + content + pad + fence;
    }

    /// <summary>
    /// The sentence of a highlight with its figure in bold. Whitespace at the figure's edges is moved outside the
    /// emphasis, which CommonMark would otherwise not close.
    /// </summary>
    public static string Emphasized(FigureHighlight highlight)
    {
        if (!highlight.HasFigure || highlight.Figure.Trim().Length == 0)
        {
            return Escape(highlight.Before + highlight.Figure + highlight.After);
        }

        var figure = highlight.Figure;
        var leading = figure[..(figure.Length - figure.TrimStart().Length)];
        var trailing = figure[figure.TrimEnd().Length..];
        return Escape(highlight.Before + leading) + "**" + Escape(figure.Trim()) + "**" + Escape(trailing + highlight.After);
    }
}
