using System.Text.Json;
using ConsistencyCheck.Cli;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.EndToEnd;

/// <summary>
/// Runs the command line's <c>check</c> over <c>samples/</c> and holds the report to samples/EXPECTED.md:
/// exactly the planted agreements, contradictions and changes over time, and none of the traps.
/// </summary>
public class SamplesEndToEndTests
{
    private static readonly string[] ExpectedFindings =
    [
        "agreement: courier.txt \"Forty-one\" ~ valleypost.txt \"41\"",
        "agreement: courier.txt \"nearly 55,000\" ~ ledger.md \"at least 55,000\"",
        "agreement: courier.txt \"Two\" ~ herald.html \"two\"",
        "agreement: courier.txt \"2,300\" ~ herald.html \"about 2,300\"",
        "agreement: courier.txt \"3,400\" ~ kw-20240314-mellbrook \"3,400\"",
        "contradiction: ledger.md \"130\" ~ valleypost.txt \"41\"",
        "contradiction: courier.txt \"Forty-one\" ~ ledger.md \"130\"",
        "changedOverTime: courier.txt \"Forty-one\" ~ kw-20240321-mellbrook \"212\"",
        "changedOverTime: kw-20240321-mellbrook \"212\" ~ valleypost.txt \"41\"",
        "changedOverTime: kw-20240321-mellbrook \"212\" ~ ledger.md \"130\"",
        "changedOverTime: courier.txt \"3,400\" ~ kw-20240321-mellbrook \"1,150\"",
        "changedOverTime: kw-20240314-mellbrook \"3,400\" ~ kw-20240321-mellbrook \"1,150\"",
    ];

    private static JsonDocument? _report;

    [OneTimeSetUp]
    public async Task Run_the_cli_on_the_samples()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApplication.RunAsync(["check", TestPaths.Samples, "--format", "json"], TextReader.Null, output, error, CancellationToken.None);
        exit.Should().Be(0, error.ToString());
        _report = JsonDocument.Parse(output.ToString());
    }

    [OneTimeTearDown]
    public void Dispose() => _report?.Dispose();

    private static JsonElement Root => _report!.RootElement;

    [Test]
    public void Every_sample_document_is_listed_with_its_publication_date()
    {
        var documents = Root.GetProperty("documents").EnumerateArray().ToList();
        var articles = documents.Where(d => d.GetProperty("id").GetString() != "EXPECTED.md").ToList();
        articles.Select(d => d.GetProperty("id").GetString()).Should().BeEquivalentTo(
            "courier.txt", "valleypost.txt", "ledger.md", "herald.html", "kw-20240314-mellbrook", "kw-20240321-mellbrook");
        articles.Should().OnlyContain(d => d.GetProperty("published").ValueKind == JsonValueKind.String);
    }

    [Test]
    public void The_folders_own_documentation_is_listed_as_skipped_not_dropped()
    {
        var expected = Root.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "EXPECTED.md");
        expected.GetProperty("diagnostics")[0].GetProperty("message").GetString().Should().Contain("EXPECTED.md").And.Contain("skipped");
    }

    [Test]
    public void The_report_holds_exactly_the_planted_findings()
    {
        var assertions = Root.GetProperty("assertions").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => $"{a.GetProperty("documentId").GetString()} \"{a.GetProperty("text").GetString()}\"");
        var findings = Root.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("scope").GetString() == "crossSource")
            .Select(f =>
            {
                var sides = f.GetProperty("assertionIds").EnumerateArray().Select(id => assertions[id.GetString()!]).Order(StringComparer.Ordinal);
                return $"{f.GetProperty("kind").GetString()}: {string.Join(" ~ ", sides)}";
            })
            .ToList();

        findings.Should().BeEquivalentTo(ExpectedFindings.Select(Normalize), because: "samples/EXPECTED.md lists these and only these");
    }

    [Test]
    public void A_headline_repeating_its_body_is_an_intra_document_agreement()
    {
        var intra = Root.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("scope").GetString() == "intraDocument").ToList();
        intra.Should().ContainSingle();
        intra[0].GetProperty("kind").GetString().Should().Be("agreement");
        intra[0].GetProperty("assertionIds").EnumerateArray().Should().OnlyContain(id => id.GetString()!.StartsWith("valleypost.txt@", StringComparison.Ordinal));
    }

    [Test]
    public void No_assertion_comes_from_boilerplate()
    {
        var sentences = Root.GetProperty("assertions").EnumerateArray().Select(a => a.GetProperty("sentence").GetString()!).ToList();
        sentences.Should().NotContain(s => s.Contains("Markets fall", StringComparison.Ordinal) || s.Contains("bus crash", StringComparison.Ordinal)
            || s.Contains("jobs at risk", StringComparison.Ordinal) || s.Contains("away tickets", StringComparison.Ordinal) || s.Contains("01632", StringComparison.Ordinal));
    }

    [Test]
    public void Every_finding_explains_itself_naming_both_phrases()
    {
        foreach (var finding in Root.GetProperty("findings").EnumerateArray())
        {
            finding.GetProperty("explanation").GetString().Should().NotBeNullOrWhiteSpace();
            finding.GetProperty("confidence").GetDouble().Should().BeInRange(0.5, 1);
        }
    }

    private static string Normalize(string finding)
    {
        var colon = finding.IndexOf(':', StringComparison.Ordinal);
        var sides = finding[(colon + 2)..].Split(" ~ ").Order(StringComparer.Ordinal);
        return $"{finding[..colon]}: {string.Join(" ~ ", sides)}";
    }
}
