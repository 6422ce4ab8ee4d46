using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ConsistencyCheck.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Reporting;

public class HtmlReportWriterTests
{
    private static async Task<string> WriteAsync(ConsistencyReport report)
    {
        using var writer = new StringWriter();
        await new HtmlReportWriter().WriteAsync(report, writer);
        return writer.ToString();
    }

    private static async Task<IDocument> ParseAsync(ConsistencyReport report)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = true });
        return await parser.ParseDocumentAsync(await WriteAsync(report));
    }

    [Test]
    public async Task Page_is_self_contained()
    {
        using var document = await ParseAsync(SampleReport.Create());
        document.QuerySelectorAll("script").Should().BeEmpty();
        document.QuerySelectorAll("link, img, iframe, object").Should().BeEmpty();
        document.QuerySelector("style").Should().NotBeNull();
        document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content").Should().StartWith("default-src 'none'");
        document.Title.Should().Be("Consistency report");
    }

    [Test]
    public async Task Findings_are_cards_contradictions_first_with_coloured_badges()
    {
        using var document = await ParseAsync(SampleReport.Create());
        var cards = document.QuerySelectorAll("article.card.finding");
        cards.Should().HaveCount(2);
        cards[0].ClassList.Should().Contain("contradiction");
        cards[0].QuerySelector(".badge.contradiction")!.TextContent.Should().Be("Contradiction");
        cards[0].QuerySelector(".explanation")!.TextContent.Should().Contain("\"nearly 55,000\"");
        cards[0].QuerySelector(".confidence")!.TextContent.Should().Be("confidence 0.86");
        cards[1].ClassList.Should().Contain("agreement");
        cards[0].QuerySelectorAll(".evidence li .doc").Select(e => e.TextContent).Should().Equal("courier.txt", "ledger.txt");
        cards[0].QuerySelector(".evidence li .asof")!.TextContent.Should().Be("as of 2024-03-14");
        cards[0].QuerySelectorAll(".evidence li .publisher").Select(e => e.TextContent)
            .Should().Equal("The Harbour Courier", "Ledger — Édition du soir");
    }

    [Test]
    public async Task Figures_are_marked_inside_their_sentences()
    {
        using var document = await ParseAsync(SampleReport.Create());
        document.QuerySelectorAll("mark").Select(m => m.TextContent)
            .Should().Equal("nearly 55,000", "Some 40,000", "nearly 55,000", "at least 50,000");
        document.QuerySelector("blockquote")!.TextContent.Should().Be(SampleReport.CourierSentence);
    }

    [Test]
    public async Task Text_from_sources_is_escaped()
    {
        var html = await WriteAsync(SampleReport.Create());
        html.Should().NotContain("<script>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        using var document = await ParseAsync(SampleReport.Create());
        document.QuerySelectorAll("blockquote").Select(b => b.TextContent).Should().Contain(SampleReport.LedgerSentence);
    }

    [Test]
    public async Task Documents_table_shows_diagnostics_and_clusters_are_listed()
    {
        using var document = await ParseAsync(SampleReport.Create());
        var rows = document.QuerySelectorAll("#documents tbody tr");
        rows.Should().HaveCount(3);
        rows[0].QuerySelector(".severity.error")!.TextContent.Should().Be("error");
        rows[0].TextContent.Should().Contain("could not be read");
        rows[1].QuerySelectorAll("td")[3].TextContent.Should().Be("2024-03-14T09:30:00+01:00");
        document.QuerySelectorAll("#clusters .members code").Select(c => c.TextContent)
            .Should().Equal("courier.txt@42", "ledger.txt@100", "ledger.txt@195");
        document.QuerySelectorAll(".counts .count").Select(c => c.TextContent).Should().Equal("3", "3", "1", "1", "0", "1");
    }

    [Test]
    public async Task Out_of_range_figure_span_does_not_break_the_page()
    {
        var report = SampleReport.Create();
        var broken = report.Assertions[1] with { Quantity = report.Assertions[1].Quantity with { Span = new(5000, 40), Text = "not there" } };
        using var document = await ParseAsync(report with { Assertions = [report.Assertions[0], broken, report.Assertions[2]] });
        document.QuerySelectorAll("mark").Select(m => m.TextContent).Should().NotContain("Some 40,000");
        document.QuerySelectorAll("blockquote").Select(b => b.TextContent).Should().Contain(SampleReport.LedgerSentence);
    }

    [Test]
    public async Task Equal_reports_give_identical_pages()
    {
        (await WriteAsync(SampleReport.Create())).Should().Be(await WriteAsync(SampleReport.Create()));
    }
}
