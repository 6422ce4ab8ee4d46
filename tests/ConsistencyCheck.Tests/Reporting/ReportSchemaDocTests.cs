using System.Text.Json;
using System.Text.RegularExpressions;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Reporting;
using ConsistencyCheck.Text;
using FluentAssertions;
using NUnit.Framework;
using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Tests.Reporting;

/// <summary>Keeps the examples (property names and nesting; scalar values may differ) in docs/report-schema.md in step with what the writers produce.</summary>
public partial class ReportSchemaDocTests
{
    [GeneratedRegex(@"### (?<name>\w+)[^`#]*?```json\n(?<json>.*?)\n```", RegexOptions.Singleline | RegexOptions.ExplicitCapture)]
    private static partial Regex SectionExample();

    [GeneratedRegex(@"## recognize lines.*?```json\n(?<json>.*?)\n```", RegexOptions.Singleline | RegexOptions.ExplicitCapture)]
    private static partial Regex RecognizeExample();

    private static string Doc() => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "report-schema.md"));

    private static string Shape(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().Select(p => p.Name + ":" + Shape(p.Value))) + "}",
        JsonValueKind.Array => element.GetArrayLength() == 0 ? "[]" : "[" + Shape(element[0]) + "]",
        _ => "_",
    };

    [TestCase("document", "documents", 2)]
    [TestCase("assertion", "assertions", 0)]
    [TestCase("cluster", "clusters", 0)]
    [TestCase("finding", "findings", 1)]
    public async Task Documented_example_has_the_shape_the_writer_writes(string section, string array, int index)
    {
        var example = SectionExample().Matches(Doc()).Single(m => m.Groups["name"].Value == section).Groups["json"].Value;
        using var writer = new StringWriter();
        await new JsonReportWriter().WriteAsync(SampleReport.Create(), writer);
        using var written = JsonDocument.Parse(writer.ToString());
        using var documented = JsonDocument.Parse(example);
        Shape(documented.RootElement).Should().Be(Shape(written.RootElement.GetProperty(array)[index]));
    }

    [Test]
    public void Documented_story_example_has_the_shape_the_writer_writes_and_documents_and_findings_end_with_their_story()
    {
        var example = SectionExample().Matches(Doc()).Single(m => m.Groups["name"].Value == "story").Groups["json"].Value;
        var story = new ConsistencyCheck.Stories.Story(
            ConsistencyCheck.Stories.StoryId.Of("default", new ConsistencyCheck.Ingest.DocumentId("courier.txt")), "default", ["quake"],
            [new ConsistencyCheck.Ingest.DocumentId("courier.txt"), new ConsistencyCheck.Ingest.DocumentId("ledger.txt")]);
        using var written = JsonDocument.Parse(JsonReportWriter.ToUtf8Bytes(SampleReport.Create() with { Stories = [story] }));
        using var documented = JsonDocument.Parse(example);

        Shape(documented.RootElement).Should().Be(Shape(written.RootElement.GetProperty("stories")[0]));
        written.RootElement.GetProperty("documents")[1].EnumerateObject().Last().Name.Should().Be("story");
        written.RootElement.GetProperty("findings")[0].EnumerateObject().Last().Name.Should().Be("story");
        Doc().Should().StartWith("# Report schema, version " + ConsistencyReport.CurrentSchemaVersion);
    }

    [Test]
    public void Documented_recognize_line_is_what_the_writer_writes()
    {
        const string text = "Officials said nearly 55,000 people fled in March 2023.";
        var line = MentionJsonWriter.Format(
        [
            new Quantity(EntityType.Number, new SourceSpan(15, 13), "nearly 55,000", 55000m, new Interval(50000m, 55000m), Qualifier.Nearly, null, 1000m),
            new TemporalMention(EntityType.DateRange, new SourceSpan(44, 10), "March 2023", "2023-03", new DateOnly(2023, 3, 1), new DateOnly(2023, 4, 1)),
        ]);
        text.Substring(44, 10).Should().Be("March 2023");
        RecognizeExample().Match(Doc()).Groups["json"].Value.Should().Be(line);
    }
}
