using System.Net;
using System.Text;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// An HTML page being built. <see cref="Text"/> encodes with <see cref="WebUtility.HtmlEncode(string)"/>;
/// <see cref="Raw"/> is only ever given markup the writer itself spells out. Lines end in <c>\n</c>.
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

    /// <summary>Appends <paramref name="text"/> encoded, safe in element content and in quoted attribute values.</summary>
    public HtmlPage Text(string? text)
    {
        _html.Append(WebUtility.HtmlEncode(text ?? string.Empty));
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
