using System.Text;

namespace ConsistencyCheck.Reporting;

/// <summary>A Markdown page being built: lines joined with <c>\n</c> whatever the platform, one final line break.</summary>
internal sealed class MarkdownPage
{
    private readonly StringBuilder _text = new();

    public void Line(string line) => _text.Append(line).Append('\n');

    public void Blank() => _text.Append('\n');

    public override string ToString() => _text.ToString();
}
