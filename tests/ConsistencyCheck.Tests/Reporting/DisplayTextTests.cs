using ConsistencyCheck.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Reporting;

public class DisplayTextTests
{
    [TestCase("", "")]
    [TestCase("Plain text, 41 doctors — «quoted» Zürich 東京", "Plain text, 41 doctors — «quoted» Zürich 東京")]
    [TestCase("Arabic العربية and Hebrew עברית stay", "Arabic العربية and Hebrew עברית stay")]
    [TestCase("\u001b[2J", "\\x1b[2J")]
    [TestCase("\u001b]0;title\u0007", "\\x1b]0;title\\x07")]
    [TestCase("\u001b]8;;https://x\u001b\\link", "\\x1b]8;;https://x\\x1b\\link")]
    [TestCase("nul\0byte", "nul\\x00byte")]
    [TestCase("line\nbreak\r\ttab", "line\\x0abreak\\x0d\\x09tab")]
    [TestCase("del\u007f", "del\\x7f")]
    [TestCase("c1 \u0080 \u0085 \u009b31m \u009f", "c1 \\u0080 \\u0085 \\u009b31m \\u009f")]
    [TestCase("\u202a\u202b\u202c\u202d\u202e", "\\u202a\\u202b\\u202c\\u202d\\u202e")]
    [TestCase("\u2066\u2067\u2068\u2069", "\\u2066\\u2067\\u2068\\u2069")]
    [TestCase("file\u202egnp.exe", "file\\u202egnp.exe")]
    [TestCase("\u2065 and \u206a are not bidi controls", "\u2065 and \u206a are not bidi controls")]
    [TestCase("\u00a0no-break and \u200b zero width stay", "\u00a0no-break and \u200b zero width stay")]
    public void Controls_and_bidi_overrides_are_shown_visibly(string text, string expected) =>
        DisplayText.Neutralize(text).Should().Be(expected);

    [Test]
    public void Null_is_empty() => DisplayText.Neutralize(null).Should().BeEmpty();

    [Test]
    public void Text_without_controls_is_returned_as_it_is()
    {
        var text = "Police said 41 doctors signed.";
        DisplayText.Neutralize(text).Should().BeSameAs(text);
    }

    [Test]
    public void Every_code_point_the_rule_names_is_neutralised_and_nothing_else()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            var named = c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            var shown = DisplayText.Neutralize(((char)c).ToString());
            if (named)
            {
                shown.Should().StartWith("\\").And.NotContain(((char)c).ToString(), $"U+{c:X4}");
            }
            else
            {
                shown.Should().Be(((char)c).ToString(), $"U+{c:X4}");
            }
        }
    }

    [Test]
    public void Markdown_escaping_keeps_controls_visible_and_line_breaks_as_spaces()
    {
        MarkdownText.Escape("a\u001b[2J*b*\n\u202ec").Should().Be("a\\x1b\\[2J\\*b\\* \\u202ec");
        MarkdownText.Code("x\u001by").Should().Be("`x\\x1by`");
    }
}
