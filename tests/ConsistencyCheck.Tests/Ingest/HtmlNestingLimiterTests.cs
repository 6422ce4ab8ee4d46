using System.Text.RegularExpressions;
using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Ingest;

/// <summary>Over-deep HTML is flattened before parsing, so parsing stays linear; ordinary pages are untouched.</summary>
public class HtmlNestingLimiterTests
{
    private static string Nested(string open, int depth, string inner = "Deep text.") =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner;

    [Test]
    public void An_ordinary_page_is_returned_as_it_is()
    {
        var html = "<html><head><title>T</title><script>if (a < b) { document.write('<div><div><div>'); }</script></head>" +
            "<body><!-- <div><div> --><div class=\"a>b\"><p>One<p>Two<ul><li>x<li>y</ul><br><img src=x /></div></body></html>";

        HtmlNestingLimiter.Limit(html, out var removed).Should().BeSameAs(html);
        removed.Should().Be(0);
    }

    [Test]
    public void Tags_below_the_limit_are_removed_and_their_text_kept()
    {
        var depth = HtmlNestingLimiter.MaxDepth + 50;
        var html = Nested("<div>", depth) + string.Concat(Enumerable.Repeat("</div>", depth)) + "<p>After.</p>";

        var limited = HtmlNestingLimiter.Limit(html, out var removed);

        removed.Should().Be(100, "50 start tags and their 50 end tags");
        Regex.Count(limited, "<div>").Should().Be(HtmlNestingLimiter.MaxDepth);
        Regex.Count(limited, "</div>").Should().Be(HtmlNestingLimiter.MaxDepth);
        limited.Should().EndWith("Deep text." + string.Concat(Enumerable.Repeat("</div>", HtmlNestingLimiter.MaxDepth)) + "<p>After.</p>");
    }

    [Test]
    public void Implied_end_tags_and_void_elements_do_not_count()
    {
        var html = string.Concat(Enumerable.Repeat("<p>para<li>item<br><img src=a.png><td>cell", 1000));

        HtmlNestingLimiter.Limit(html, out var removed).Should().BeSameAs(html);
        removed.Should().Be(0);
    }

    [TestCase("<div>")]
    [TestCase("<ul><li>It is")]
    [TestCase("<font size=3> of the ")]
    [TestCase("<b id=a>and")]
    public void Ten_thousand_nested_elements_are_read_quickly_with_a_warning(string open)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var document = new HtmlDocumentReader().Read(new DocumentId("deep.html"), "deep.html", Nested(open, 10_000));

        document.IsUnreadable.Should().BeFalse();
        document.Text.Should().Contain("Deep text.");
        document.Diagnostics.Should().Contain(d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("nested more than", StringComparison.Ordinal));
        started.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "AngleSharp alone needs seconds for this; flattened it takes milliseconds");
    }
}
