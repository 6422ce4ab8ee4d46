using System.Text.Json;
using ConsistencyCheck.Cli.Reporting;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;
using ConsistencyCheck.Stories;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Reporting;

/// <summary>
/// Reports of a run grouped into stories (schema version 2): the JSON report lists the stories and every document and
/// finding carries its story; report lines begin with a line per story; Markdown, HTML and console are organised by
/// story. Without stories the reports are those of version 1 (the other tests of this folder hold their bytes).
/// </summary>
public class StoryReportTests
{
    private static readonly Story Quake = new(
        StoryId.Of("default", new DocumentId("courier.txt")), "default", ["quake", "evacuate", "hafenviertel"], [new DocumentId("courier.txt"), new DocumentId("ledger.txt")]);

    private static readonly Story Lonely = new(
        StoryId.Of("default", new DocumentId("zz-brief.txt")), "default", [], [new DocumentId("zz-brief.txt")]);

    private static ConsistencyReport WithStories() => SampleReport.Create() with { Stories = [Quake, Lonely] };

    [Test]
    public void Without_stories_the_report_is_version_1_and_with_them_version_2()
    {
        SampleReport.Create().SchemaVersion.Should().Be(ConsistencyReport.StorylessSchemaVersion).And.Be(1);
        WithStories().SchemaVersion.Should().Be(ConsistencyReport.CurrentSchemaVersion).And.Be(2);
        var json = System.Text.Encoding.UTF8.GetString(JsonReportWriter.ToUtf8Bytes(SampleReport.Create()));
        json.Should().NotContain("\"story").And.Contain("\"schemaVersion\": 1");
    }

    [Test]
    public void The_json_report_lists_the_stories_and_every_document_and_finding_carries_its_story()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.ToUtf8Bytes(WithStories()));
        var root = json.RootElement;
        root.GetProperty("schemaVersion").GetInt32().Should().Be(2);
        var stories = root.GetProperty("stories").EnumerateArray().ToList();
        stories.Should().HaveCount(2);
        stories[0].GetProperty("id").GetString().Should().Be(Quake.Id.Value);
        stories[0].GetProperty("collection").GetString().Should().Be("default");
        stories[0].GetProperty("label").EnumerateArray().Select(e => e.GetString()).Should().Equal("quake", "evacuate", "hafenviertel");
        stories[0].GetProperty("documents").EnumerateArray().Select(e => e.GetString()).Should().Equal("courier.txt", "ledger.txt");

        var documents = root.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("story"));
        documents["courier.txt"].GetString().Should().Be(Quake.Id.Value);
        documents["broken.html"].ValueKind.Should().Be(JsonValueKind.Null, "an unreadable document is in no story, but still listed");
        root.GetProperty("findings").EnumerateArray().Should().NotBeEmpty()
            .And.OnlyContain(f => f.GetProperty("story").GetString() == Quake.Id.Value);
    }

    [Test]
    public async Task Report_lines_begin_with_the_stories_and_every_finding_line_carries_its_story()
    {
        using var writer = new StringWriter();
        await new JsonLinesReportWriter().WriteAsync(WithStories(), writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        lines.Take(2).Should().OnlyContain(l => l.EnumerateObject().First().Name == "story");
        lines[0].GetProperty("story").GetProperty("documents").GetArrayLength().Should().Be(2);
        lines.Where(l => l.EnumerateObject().First().Name == "finding").Should().NotBeEmpty()
            .And.OnlyContain(l => l.GetProperty("finding").GetProperty("story").GetString() == Quake.Id.Value);
        var summary = lines[^1].GetProperty("summary");
        summary.GetProperty("schemaVersion").GetInt32().Should().Be(2);
        summary.GetProperty("stories").GetInt32().Should().Be(2);
    }

    [Test]
    public async Task Markdown_has_a_section_per_story_with_its_label_documents_and_findings()
    {
        using var writer = new StringWriter();
        await new MarkdownReportWriter().WriteAsync(WithStories(), writer);
        var text = writer.ToString();
        TestContext.Out.WriteLine(text);

        text.Should().Contain("2 stories, each compared on its own.");
        var first = text.IndexOf("## Story 1: quake · evacuate · hafenviertel (2 documents, 2 findings)", StringComparison.Ordinal);
        var second = text.IndexOf("## Story 2: no label words (1 document, 0 findings)", StringComparison.Ordinal);
        first.Should().BePositive();
        second.Should().BeGreaterThan(first);
        text.Should().Contain("`" + Quake.Id.Value + "` in collection `default`: **courier.txt**, **ledger.txt**");
        var contradiction = text.IndexOf("#### Contradiction 1", StringComparison.Ordinal);
        contradiction.Should().BeGreaterThan(first).And.BeLessThan(second, "a story's findings come under its heading");
        text[second..].Should().Contain("No findings in this story.");
        text.Should().NotContain("\n## Contradictions", "findings are under their story, not in a list of their own");
    }

    [Test]
    public async Task Html_has_a_section_per_story_with_its_findings_inside()
    {
        using var writer = new StringWriter();
        await new HtmlReportWriter().WriteAsync(WithStories(), writer);
        var html = writer.ToString();

        var first = html.IndexOf($"<section class=\"story\" id=\"{Quake.Id.Value}\">", StringComparison.Ordinal);
        var second = html.IndexOf($"<section class=\"story\" id=\"{Lonely.Id.Value}\">", StringComparison.Ordinal);
        first.Should().BePositive();
        second.Should().BeGreaterThan(first);
        html.IndexOf("<article class=\"card finding contradiction\">", StringComparison.Ordinal).Should().BeInRange(first, second);
        html.Should().Contain("Story 1: <bdi>quake &#183; evacuate &#183; hafenviertel</bdi>").And.Contain("<li class=\"story\">");
        html.Should().Contain("schema version 2.");
    }

    [Test]
    public async Task The_console_shows_the_findings_story_by_story()
    {
        using var writer = new StringWriter();
        await new ConsoleReportWriter().WriteAsync(WithStories(), writer);
        var text = writer.ToString();
        TestContext.Out.WriteLine(text);

        var first = text.IndexOf("Story 1: quake · evacuate · hafenviertel (" + Quake.Id.Value + ", 2 findings): courier.txt, ledger.txt", StringComparison.Ordinal);
        var second = text.IndexOf("Story 2: no label words (" + Lonely.Id.Value + ", 0 findings): zz-brief.txt", StringComparison.Ordinal);
        first.Should().BeGreaterThanOrEqualTo(0);
        second.Should().BeGreaterThan(first);
        text.IndexOf("nearly 55,000", StringComparison.Ordinal).Should().BeInRange(first, second);
        text.Should().Contain("2 stories, each");
    }

    [Test]
    public async Task Streamed_lines_of_an_automatic_run_are_the_lines_of_its_report_stories_first()
    {
        var documents = ConsistencyCheck.Tests.Stories.StoryGrouperTests.GeneratedDocuments(6, seed: 7);
        var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();
        using var streamed = new MemoryStream();
        using (var sink = new JsonLinesSink(streamed))
        {
            await pipeline.RunAsync(documents.ToAsyncEnumerable(), sink);
        }

        var report = await pipeline.CheckAsync(documents);
        using var fromReport = new MemoryStream();
        await new JsonLinesReportWriter().WriteAsync(report, fromReport);

        report.Stories.Should().HaveCountGreaterThan(1, "automatic is the default and the generated stories are told apart");
        var lines = Lines(streamed);
        lines.Should().BeEquivalentTo(Lines(fromReport));
        lines.Take(report.Stories.Length).Should().OnlyContain(l => l.StartsWith("{\"story\":", StringComparison.Ordinal));
        lines.Skip(report.Stories.Length).Should().NotContain(l => l.StartsWith("{\"story\":", StringComparison.Ordinal));
    }

    [Test]
    public async Task A_run_without_stories_writes_the_version_1_report()
    {
        var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates()
            .Configure(o => o with { StoryMode = StoryMode.None }).Build();
        var report = await pipeline.CheckAsync(ConsistencyCheck.Tests.Stories.StoryGrouperTests.GeneratedDocuments(3, seed: 7));

        report.Stories.Should().BeEmpty();
        var json = System.Text.Encoding.UTF8.GetString(JsonReportWriter.ToUtf8Bytes(report));
        json.Should().Contain("\"schemaVersion\": 1").And.NotContain("\"story").And.NotContain("\"stories\"");
    }

    private static List<string> Lines(MemoryStream stream) =>
        [.. System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    [Test]
    public void The_story_of_a_document_and_of_a_finding_comes_from_the_report()
    {
        var report = WithStories();
        var stories = new ReportStories(report);
        stories.HasStories.Should().BeTrue();
        stories.StoryOf(report.Documents.Single(d => d.Id.Value == "ledger.txt")).Should().Be(Quake);
        stories.StoryOf(report.Documents.Single(d => d.Id.Value == "broken.html")).Should().BeNull();
        stories.FindingsOf(Quake).Should().Equal(report.Findings);
        stories.FindingsOf(Lonely).Should().BeEmpty();
        stories.Unplaced.Should().BeEmpty();
        new ReportStories(SampleReport.Create()).Unplaced.Should().Equal(SampleReport.Create().Findings, "without stories every finding is in none");
    }
}
