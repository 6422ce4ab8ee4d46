using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Cli;

/// <summary>
/// Escape sequences and bidi overrides in file names, ids, outlets, titles and sentences, through the real process:
/// the console report, the Markdown report and standard error show them visibly (<c>\x1b</c>, <c>\u202e</c>) and never
/// pass them through; the HTML report escapes them and isolates user text; JSON keeps its own escaping.
/// </summary>
[Platform(Exclude = "Win", Reason = "file names with control characters")]
public class TerminalEscapeTests
{
    private const string Esc = "\u001b";
    private const string Rlo = "\u202e";

    // Clear screen, a window title (OSC ... BEL), a hyperlink (OSC 8), an 8-bit CSI, a bidi override and an isolate.
    private const string Hostile = Esc + "[2J" + Esc + "]0;pwned\u0007" + Esc + "]8;;https://evil.example\u0007x" + Esc + "]8;;\u0007 \u009b31m " + Rlo + "gnp.exe \u2066";

    private string _root = null!;
    private string _folder = null!;

    [SetUp]
    public async Task CreateFolder()
    {
        _root = Path.Combine(Path.GetTempPath(), "cc-esc-" + Guid.NewGuid().ToString("N"));
        _folder = Path.Combine(_root, "in");
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "courier" + Esc + "]0;title\u0007" + Rlo + ".md"),
            "---\ntitle: \"Doctors " + Esc + "[2J letter\"\npublisher: \"The " + Esc + "[31mCourier " + Rlo + "\"\npublished: 2024-03-14\n---\n\n" +
            "Forty-one senior doctors signed the letter " + Hostile + " on Tuesday, the hospital said.\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "ledger" + Rlo + ".txt"),
            "Doctors' letter\n14 March 2024 10:00\nBy Sam Reed, The Ledger\n\nThe letter was signed by 130 senior doctors " + Hostile + ", the union said.\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "unsupported" + Esc + "[2J.png"), "x");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    private static void ShouldBeNeutralised(string text, string what)
    {
        text.Should().NotContain(Esc, what).And.NotContain("\u0007", what).And.NotContain("\u009b", what)
            .And.NotContain(Rlo, what).And.NotContain("\u2066", what);
        text.Should().Contain("\\x1b", what).And.Contain("\\u202e", what);
    }

    [TestCase("console")]
    [TestCase("markdown")]
    public async Task Readable_reports_show_controls_visibly(string format)
    {
        var result = await CliProcess.RunAsync(["check", _folder, "--format", format]);

        result.Exit.Should().Be(0, result.ToString());
        result.Output.Should().Contain("contradiction", "the test documents must produce a finding");
        ShouldBeNeutralised(result.Output, format);
    }

    [Test]
    public async Task Standard_error_shows_controls_visibly()
    {
        var missing = Path.Combine(_root, "missing" + Esc + "[2J" + Rlo);

        var result = await CliProcess.RunAsync(["check", _folder, missing, "--format", "json", "--out", Path.Combine(_root, "r" + Esc + ".json")]);

        result.Exit.Should().Be(2, result.ToString());
        result.Error.Should().Contain("missing");
        ShouldBeNeutralised(result.Error, "stderr");
    }

    [Test]
    public async Task The_html_report_escapes_controls_and_isolates_user_text()
    {
        var result = await CliProcess.RunAsync(["check", _folder, "--format", "html"]);

        result.Exit.Should().Be(0, result.ToString());
        ShouldBeNeutralised(result.Output, "html");
        result.Output.Should().Contain("<span class=\"doc\" dir=\"auto\">").And.Contain("<td class=\"id\" dir=\"auto\">");
        result.Output.Should().Contain("<bdi>");
    }

    [Test]
    public async Task Json_keeps_the_text_as_it_is()
    {
        var result = await CliProcess.RunAsync(["check", _folder, "--format", "json"]);

        result.Exit.Should().Be(0, result.ToString());
        result.Output.Should().NotContain(Esc, "JSON escapes control characters itself");
        using var report = JsonDocument.Parse(result.Output);
        report.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString())
            .Should().Contain("ledger" + Rlo + ".txt");
    }
}
