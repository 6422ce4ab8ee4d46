using System.Text.Json;
using ConsistencyCheck.Benchmarks.Corpus;
using ConsistencyCheck.Cli;
using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Scale;

/// <summary>A small generated corpus: every planted discrepancy is found, nothing unplanted is flagged, and the halves agree with check.</summary>
public class GeneratedCorpusTests
{
    private string _folder = null!;
    private string _corpus = null!;
    private string _truth = null!;

    [OneTimeSetUp]
    public void Generate()
    {
        _folder = Directory.CreateTempSubdirectory("cc-generated-").FullName;
        _corpus = Path.Combine(_folder, "corpus.jsonl");
        _truth = Path.Combine(_folder, "truth.jsonl");
        CorpusFiles.Write(new StoryGenerator(seed: 7) { IncludeKnownIssues = false }, 50, _corpus, _truth);
    }

    [OneTimeTearDown]
    public void Remove() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Check_finds_every_planted_discrepancy_and_flags_nothing_unplanted()
    {
        var pipeline = PipelineFactory.Create();
        var report = await pipeline.CheckAsync(new DocumentLoader(new IngestOptions()).LoadAsync([_corpus]));
        var result = TruthVerifier.Verify(CorpusFiles.ReadTruth(_truth), TruthVerifier.FindingsOf(report));

        result.PlantedDiscrepancies.Should().BeGreaterThan(100);
        result.Recall.Should().Be(1, CorpusCommands.Describe(result));
        result.Unplanted.Should().BeEmpty(CorpusCommands.Describe(result));
        result.AgreementRecall.Should().BeGreaterThan(0.95);
    }

    [Test]
    public async Task Extract_then_compare_gives_the_same_report_as_check()
    {
        var (check, compare) = await ExtractCompareTests.CheckAndExtractCompare(_folder, _corpus);
        compare.Should().Be(check);
    }

    [Test]
    public async Task Report_lines_carry_the_same_findings_as_the_report_then_a_summary()
    {
        using var stdin = new StringReader(string.Empty);
        using var json = new StringWriter();
        using var lines = new StringWriter();
        using var error = new StringWriter();
        (await CliApplication.RunAsync(["check", _corpus, "--format", "json"], stdin, json, error, CancellationToken.None)).Should().Be(0);
        (await CliApplication.RunAsync(["check", _corpus, "--format", "jsonl", "--stats"], stdin, lines, error, CancellationToken.None)).Should().Be(0);

        using var report = JsonDocument.Parse(json.ToString());
        var expected = report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetRawText()).ToList();
        var written = lines.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var findings = written.Where(l => l.StartsWith("{\"finding\":", StringComparison.Ordinal)).Select(l =>
        {
            using var line = JsonDocument.Parse(l);
            var finding = line.RootElement.GetProperty("finding");
            return Canonical(finding, except: ["clusterKey", "assertions"]);
        }).ToList();

        // Streamed cluster by cluster (c1, c2, … c10), where the report sorts cluster ids as text (c1, c10, … c2).
        var canonical = expected.Select(e => { using var d = JsonDocument.Parse(e); return Canonical(d.RootElement, except: []); });
        findings.Order(StringComparer.Ordinal).Should().Equal(canonical.Order(StringComparer.Ordinal));
        written[^1].Should().StartWith("{\"summary\":").And.Contain($"\"findings\":{expected.Count},");
        error.ToString().Should().Contain("stats: documents").And.Contain("MB/s").And.Contain("peak memory").And.Contain("MB per CPU-second").And.Contain("collections (gen 0/1/2)");
    }

    private static string Canonical(JsonElement element, string[] except) =>
        string.Join(",", element.EnumerateObject().Where(p => !except.Contains(p.Name)).Select(p => $"{p.Name}={JsonSerializer.Serialize(p.Value)}"));
}
