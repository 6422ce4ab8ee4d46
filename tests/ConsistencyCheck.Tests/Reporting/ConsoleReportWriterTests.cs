using ConsistencyCheck.Cli.Reporting;
using ConsistencyCheck.Reporting;
using FluentAssertions;
using NUnit.Framework;
using Spectre.Console;

namespace ConsistencyCheck.Tests.Reporting;

public class ConsoleReportWriterTests
{
    private static async Task<string> WritePlainAsync(ConsistencyReport report)
    {
        using var writer = new StringWriter();
        await new ConsoleReportWriter().WriteAsync(report, writer);
        return writer.ToString();
    }

    [Test]
    public async Task Plain_output_has_a_findings_table_counts_and_diagnostics_without_escape_codes()
    {
        var text = await WritePlainAsync(SampleReport.Create());
        TestContext.Out.WriteLine(text);

        text.Should().NotContain("\u001b", "redirected output has no ANSI codes");
        text.Should().Contain("Findings").And.Contain("Kind").And.Contain("Sources").And.Contain("Phrases").And.Contain("Explanation");
        text.Should().Contain("contradiction").And.Contain("agreement");
        text.IndexOf("contradiction", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("agreement", StringComparison.Ordinal));
        text.Should().Contain("nearly 55,000").And.Contain("Some 40,000").And.Contain("courier.txt (The Harbour");
        text.Should().Contain("3 documents, 3 assertions, 1 cluster, 2 findings: 1 contradiction, 0 changes over time, 1 agreement.");
        text.Should().Contain("error   broken.html: samples/broken.html: could not be read");
        text.Should().Contain("warning ledger.txt:");
        text.Should().Contain("+-").And.Contain("|", "plain tables use ASCII borders");
    }

    [Test]
    public async Task Markup_characters_in_report_text_are_printed_literally()
    {
        var report = SampleReport.Create();
        var assertions = report.Assertions.SetItem(1, report.Assertions[1] with { Publisher = "[red]L[/]" });
        var text = await WritePlainAsync(report with { Assertions = assertions });
        text.Should().Contain("but [red]L[/]", "the explanation names the outlet as written");
    }

    [Test]
    public void Colour_console_gets_styled_output()
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.TrueColor,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 140;
        ConsoleReportWriter.Write(SampleReport.Create(), console);
        writer.ToString().Should().Contain("\u001b[").And.Contain("nearly 55,000");
    }

    [Test]
    public async Task Empty_report_says_so()
    {
        var text = await WritePlainAsync(new ConsistencyReport { Documents = [], Assertions = [], Clusters = [], Findings = [] });
        text.Should().Contain("No findings").And.Contain("0 documents");
    }
}
