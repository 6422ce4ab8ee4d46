using System.Net;
using System.Text;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// An HTML page being built. <see cref="Text"/> shows controls and bidi overrides visibly
/// (<see cref="DisplayText.Neutralize"/>) and encodes with <see cref="WebUtility.HtmlEncode(string)"/>;
/// <see cref="Isolated"/> and <see cref="UserText"/> also isolate text from the documents, so right-to-left text in it
/// cannot reorder what stands around it; <see cref="Raw"/> is only ever given markup the writer itself spells out.
/// Lines end in <c>\n</c>.
/// </summary>
internal sealed class HtmlPage
{
    private readonly StringBuilder _html = new();

    /// <summary>Appends markup written by the report writer itself, never text from a report.</summary>
    public HtmlPage Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    /// <summary>Appends <paramref name="text"/> neutralised and encoded, safe in element content and in quoted attribute values.</summary>
    public HtmlPage Text(string? text)
    {
        _html.Append(WebUtility.HtmlEncode(DisplayText.Neutralize(text)));
        return this;
    }

    /// <summary>Appends text from a document inside <c>&lt;bdi&gt;</c>, so its direction is isolated from the text around it.</summary>
    public HtmlPage UserText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return this;
        }

        _html.Append("<bdi>");
        Text(text);
        _html.Append("</bdi>");
        return this;
    }

    /// <summary>
    /// Appends <c>&lt;tag class="…" dir="auto"&gt;text&lt;/tag&gt;</c> for text from a document: encoded, and with its
    /// direction isolated and taken from its own first strong character.
    /// </summary>
    public HtmlPage Isolated(string tag, string? cssClass, string? text)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _html.Append(" class=\"").Append(cssClass).Append('"');
        }

        _html.Append(" dir=\"auto\">");
        Text(text);
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Appends <c>&lt;tag class="…"&gt;text&lt;/tag&gt;</c> with the text encoded.</summary>
    public HtmlPage Element(string tag, string? cssClass, string? text)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _html.Append(" class=\"").Append(cssClass).Append('"');
        }

        _html.Append('>');
        Text(text);
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Ends the line.</summary>
    public HtmlPage Line()
    {
        _html.Append('\n');
        return this;
    }

    /// <summary>Appends raw markup and ends the line.</summary>
    public HtmlPage Line(string markup) => Raw(markup).Line();

    public override string ToString() => _html.ToString();
}
