using System.Globalization;
using System.Text;
using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Ingest;

public class HtmlDocumentReaderTests
{
    private readonly HtmlDocumentReader _reader = new();

    private Document Read(string html) => _reader.Read(new DocumentId("a.html"), "a.html", html);

    private static string Page(string head, string body) => $"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>";

    [TestCase("<meta property=\"og:title\" content=\"OG title\"><title>Page | Outlet</title>", "", "OG title")]
    [TestCase("<title>Page title | The Outlet</title><meta property=\"og:site_name\" content=\"The Outlet\">", "", "Page title")]
    [TestCase("<title>Page title</title>", "<h1>Heading  one</h1>", "Heading one")]
    [TestCase("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\"},{\"@type\":[\"NewsArticle\"],\"headline\":\"From graph\"}]}</script>", "", "From graph")]
    [TestCase("", "", null)]
    public void Reads_the_title(string head, string body, string? title) =>
        Read(Page(head, body + "<p>Body text.</p>")).Metadata.Title.Should().Be(title);

    [TestCase("<meta property=\"article:published_time\" content=\"2024-03-14T08:00:00Z\">", "", "2024-03-14T08:00:00+00:00")]
    [TestCase("<script type=\"application/ld+json\">[{\"@type\":\"Article\",\"datePublished\":\"2024-03-14\"}]</script>", "", "2024-03-14T00:00:00+00:00")]
    [TestCase("<meta name=\"date\" content=\"2024-03-14\">", "", "2024-03-14T00:00:00+00:00")]
    [TestCase("<meta itemprop=\"datePublished\" content=\"2024-03-14T10:00:00+01:00\">", "", "2024-03-14T10:00:00+01:00")]
    [TestCase("", "<article><time datetime=\"2024-03-14T08:00\">14 March</time><p>Body.</p></article>", "2024-03-14T08:00:00+00:00")]
    [TestCase("", "<article><p>Ansel Valley Post | 14 March 2024, 11:05</p><p>Body.</p></article>", "2024-03-14T11:05:00+00:00")]
    [TestCase("", "", null)]
    public void Reads_the_publication_date(string head, string body, string? published) =>
        Read(Page(head, body + "<p>Body text.</p>")).Metadata.Published.Should().Be(published is null ? null : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture));

    [TestCase("<meta property=\"og:site_name\" content=\"OG Outlet\">", "OG Outlet")]
    [TestCase("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"LD Outlet\"}}</script>", "LD Outlet")]
    [TestCase("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":\"String Outlet\"}</script>", "String Outlet")]
    public void Reads_the_publisher(string head, string publisher) =>
        Read(Page(head, "<p>Body text.</p>")).Metadata.Publisher.Should().Be(publisher);

    [Test]
    public void Invalid_JSON_LD_is_a_warning_and_the_page_is_still_read()
    {
        var document = Read(Page("<script type=\"application/ld+json\">{ not json</script>", "<p>Body 41.</p>"));
        document.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("JSON-LD"));
        document.Text.Should().Be("Body 41.");
    }

    [Test]
    public void Drops_furniture_by_tag_and_by_name()
    {
        var body = """
            <header class="site-header"><a>Logo</a><ul><li>Home</li></ul></header>
            <div class="breaking-news-ticker">Markets fall 3%</div>
            <div id="main-content">
              <p>First   paragraph with
              2,300 homes.</p>
              <div class="share-tools">Share on Facebook</div>
              <p>Second <b>bold</b> paragraph.<br>After break.</p>
              <div class="c-most-read"><h2>Most read</h2><ol><li>12 killed in crash</li></ol></div>
              <section data-x="1" aria-label="Related stories"><p>14 injured elsewhere</p></section>
              <div class="newsletter-signup">Sign up now</div>
              <div class="cookie-banner">We use cookies</div>
            </div>
            <script>var x = "55,000";</script><style>p { }</style>
            <footer>© 2024 Outlet</footer>
            """;
        var document = Read(Page("<title>T</title>", body));
        document.Text.Should().Be("T\n\nFirst paragraph with 2,300 homes.\n\nSecond bold paragraph.\nAfter break.");
    }

    [Test]
    public void Prefers_the_article_with_the_most_text()
    {
        var body = "<article class=\"teaser\"><p>Short teaser</p></article><article><p>The real story has 41 doctors and a lot more words in it.</p></article>";
        Read(Page(string.Empty, body)).Text.Should().Be("The real story has 41 doctors and a lot more words in it.");
    }

    [Test]
    public void A_wrapper_named_like_furniture_but_holding_the_article_is_kept()
    {
        var body = "<div class=\"story-body share-enabled\"><p>The story with 41 doctors is long enough to count.</p></div><nav>Home</nav>";
        Read(Page(string.Empty, body)).Text.Should().Be("The story with 41 doctors is long enough to count.");
    }

    [Test]
    public void Table_cells_are_separated_by_tabs_and_rows_by_paragraphs()
    {
        var body = "<article><table><tr><th>Town</th><th>Homes</th></tr><tr><td>Mellbrook</td><td>2,300</td></tr></table></article>";
        Read(Page(string.Empty, body)).Text.Should().Be("Town\tHomes\n\nMellbrook\t2,300");
    }

    [Test]
    public void Bylines_left_in_the_article_are_marked()
    {
        var document = Read(Page("<title>Headline</title>", "<article><p>By Priya Holm · 14 March 2024</p><p>Two people died.</p></article>"));
        document.Text.Should().Be("Headline\n\nBy Priya Holm · 14 March 2024\n\nTwo people died.");
        document.BoilerplateTexts().Should().Equal("By Priya Holm · 14 March 2024");
    }

    [Test]
    public void Ten_thousand_nested_elements_do_not_overflow()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append("<div>");
        }

        html.Append("<p>Deep text.</p>");
        var document = Read(html.ToString());
        document.IsUnreadable.Should().BeFalse();
        document.Text.Should().Contain("Deep text.");
    }

    [Test]
    public void A_page_without_text_is_unreadable()
    {
        var document = Read("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>");
        document.IsUnreadable.Should().BeTrue();
        document.Diagnostics.Should().ContainSingle(d => d.Message.StartsWith("a.html:", StringComparison.Ordinal));
    }
}
