using ConsistencyCheck.Reporting;
using FluentAssertions;
using Markdig;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Reporting;

public class MarkdownReportWriterTests
{
    private static async Task<string> WriteAsync(ConsistencyReport report)
    {
        using var writer = new StringWriter();
        await new MarkdownReportWriter().WriteAsync(report, writer);
        return writer.ToString();
    }

    [Test]
    public async Task Summary_counts_everything()
    {
        var markdown = await WriteAsync(SampleReport.Create());
        markdown.Should().StartWith("# Consistency report\n\n3 documents · 3 assertions · 1 cluster · 2 findings: 1 contradiction, 0 changes over time, 1 agreement.\n");
    }

    [Test]
    public async Task Contradictions_come_first_with_explanation_and_bold_figures()
    {
        var markdown = await WriteAsync(SampleReport.Create());
        var contradictions = markdown.IndexOf("## Contradictions (1)", StringComparison.Ordinal);
        var agreements = markdown.IndexOf("## Agreements (1)", StringComparison.Ordinal);
        contradictions.Should().BePositive();
        agreements.Should().BeGreaterThan(contradictions);

        markdown.Should().Contain("### Contradiction 1 (intervals disjoint, confidence 0.86)");
        markdown.Should().Contain("The Harbour Courier (courier.txt) says \"nearly 55,000\" but Ledger — Édition du soir (ledger.txt) says \"Some 40,000\" " +
            "(people, were evacuated). No date separates them, and 50,000 to 55,000 and 35,000 to 45,000 cannot both be true.");
        markdown.Should().Contain("- **courier.txt** (The Harbour Courier, as of 2024-03-14): “Officials said **nearly 55,000** people were evacuated from the Hafenviertel.”");
        markdown.Should().Contain("**Some 40,000** people were evacuated \\<script\\>alert(1)\\</script\\>, the Ledger reported.");
        markdown.Should().Contain("**at least 50,000**");
    }

    [Test]
    public async Task Documents_table_lists_diagnostics_and_clusters_follow()
    {
        var markdown = await WriteAsync(SampleReport.Create());
        markdown.Should().Contain("| Document | Collection | Publisher | Published | Title | Diagnostics |");
        markdown.Should().Contain("| broken.html | default | — | — | — | **error**: samples/broken.html: could not be read: the file is not valid UTF-8. |");
        markdown.Should().Contain("| courier.txt | default | The Harbour Courier | 2024-03-14T09:30:00+01:00 | Quake: tens of thousands flee | — |");
        markdown.Should().Contain("## Clusters (1)\n\n- **c1** `default|evacuated|people|count`: `courier.txt@42`, `ledger.txt@100`, `ledger.txt@195`\n");
        markdown.IndexOf("## Clusters", StringComparison.Ordinal).Should().BeGreaterThan(markdown.IndexOf("## Documents", StringComparison.Ordinal));
        markdown.Should().NotContain("\r");
    }

    [Test]
    public async Task Figure_outside_its_sentence_is_found_by_its_text_or_not_highlighted()
    {
        var report = SampleReport.Create();
        var misplaced = report.Assertions[0] with { Quantity = report.Assertions[0].Quantity with { Span = new(9999, 13) } };
        var unknown = report.Assertions[1] with { Quantity = report.Assertions[1].Quantity with { Span = new(-5, 2), Text = "zzz" } };
        var markdown = await WriteAsync(report with { Assertions = [misplaced, unknown, report.Assertions[2]] });
        markdown.Should().Contain("Officials said **nearly 55,000** people");
        markdown.Should().Contain("“Some 40,000 people were evacuated");
    }

    [Test]
    public async Task Renders_as_markdown_with_strong_figures_and_a_table()
    {
        var html = Markdown.ToHtml(await WriteAsync(SampleReport.Create()), new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        html.Should().Contain("<strong>nearly 55,000</strong>").And.Contain("<strong>Some 40,000</strong>").And.Contain("<strong>at least 50,000</strong>");
        html.Should().Contain("<table>").And.Contain("<code>default|evacuated|people|count</code>");
        html.Should().Contain("<td>broken.html</td>");
        html.Should().NotContain("<script>", "source text is escaped");
    }

    [TestCase("- 41 or 130?", "<p>- 41 or 130?</p>")]
    [TestCase("41. That is the courier's figure.", "<p>41. That is the courier's figure.</p>")]
    [TestCase("=", "<p>=</p>")]
    [TestCase("# *not* a heading", "<p># *not* a heading</p>")]
    public void Explanations_stay_plain_paragraphs(string explanation, string expected)
    {
        Markdown.ToHtml(MarkdownText.Paragraph(explanation)).Trim().Should().Be(expected);
    }

    [Test]
    public async Task Empty_report_says_there_are_no_findings()
    {
        var markdown = await WriteAsync(new ConsistencyReport { Documents = [], Assertions = [], Clusters = [], Findings = [] });
        markdown.Should().Contain("0 documents").And.Contain("No findings");
    }
}
