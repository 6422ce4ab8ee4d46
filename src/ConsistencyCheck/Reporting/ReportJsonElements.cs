using System.Collections.Immutable;
using System.Text.Json;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// Writes the parts of a <see cref="ConsistencyReport"/> in the order docs/report-schema.md fixes: the contract's
/// properties first, in contract order, then the additional ones. Arrays keep the report's order.
/// </summary>
internal static class ReportJsonElements
{
    public static void WriteReport(Utf8JsonWriter writer, ConsistencyReport report)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion"u8, report.SchemaVersion);

        var stories = new ReportStories(report);
        writer.WriteStartArray("documents"u8);
        foreach (var document in Arrays.OrEmpty(report.Documents))
        {
            if (stories.HasStories)
            {
                WriteDocument(writer, document, stories.StoryOf(document));
            }
            else
            {
                AssertionJson.WriteDocument(writer, document);
            }
        }

        writer.WriteEndArray();

        writer.WriteStartArray("assertions"u8);
        foreach (var assertion in Arrays.OrEmpty(report.Assertions))
        {
            AssertionJson.WriteAssertion(writer, assertion);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("clusters"u8);
        foreach (var cluster in Arrays.OrEmpty(report.Clusters))
        {
            WriteCluster(writer, cluster);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("findings"u8);
        foreach (var finding in Arrays.OrEmpty(report.Findings))
        {
            WriteFinding(writer, finding, FindingExplanation.Render(finding, report), stories.HasStories ? stories.StoryOf(finding) : null);
        }

        writer.WriteEndArray();

        // Schema version 2: only when the run was grouped into stories, so a report without stories keeps version 1's bytes.
        if (stories.HasStories)
        {
            writer.WriteStartArray("stories"u8);
            foreach (var story in stories.Stories)
            {
                WriteStory(writer, story);
            }

            writer.WriteEndArray();
        }

        // Additional (schema version 1): only present when an input was not a document, so other reports keep their bytes.
        var inputErrors = Arrays.OrEmpty(report.InputErrors);
        if (!inputErrors.IsEmpty)
        {
            writer.WriteStartArray("inputErrors"u8);
            foreach (var error in inputErrors)
            {
                WriteInputError(writer, error);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>An input error object: <c>{"path":…,"message":…}</c>.</summary>
    public static void WriteInputError(Utf8JsonWriter writer, InputError error)
    {
        writer.WriteStartObject();
        writer.WriteString("path"u8, error.Path);
        writer.WriteString("message"u8, error.Message);
        writer.WriteEndObject();
    }

    public static void WriteCluster(Utf8JsonWriter writer, AssertionCluster cluster)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, cluster.Id);
        writer.WriteString("key"u8, cluster.Key);
        WriteIds(writer, cluster.AssertionIds);
        writer.WriteEndObject();
    }

    public static void WriteFinding(Utf8JsonWriter writer, Finding finding, string explanation, Story? story)
    {
        writer.WriteStartObject();
        WriteFindingProperties(writer, finding, explanation);
        if (story is not null)
        {
            writer.WriteString("story"u8, story.Id.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>A story object: <c>{"id":…,"collection":…,"label":[…],"documents":[…]}</c>.</summary>
    public static void WriteStory(Utf8JsonWriter writer, Story story)
    {
        writer.WriteStartObject();
        WriteStoryProperties(writer, story);
        writer.WriteEndObject();
    }

    /// <summary>The properties of a story object, without its braces.</summary>
    public static void WriteStoryProperties(Utf8JsonWriter writer, Story story)
    {
        writer.WriteString("id"u8, story.Id.Value);
        writer.WriteString("collection"u8, story.Collection);
        writer.WriteStartArray("label"u8);
        foreach (var word in Arrays.OrEmpty(story.Label))
        {
            writer.WriteStringValue(word);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("documents"u8);
        foreach (var member in Arrays.OrEmpty(story.Members))
        {
            writer.WriteStringValue(member.Value);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// A document of a report with stories: the document object of version 1 (<c>AssertionJson.WriteDocument</c>), then
    /// <c>story</c>, the id of its story or null when it is in none (an unreadable document).
    /// </summary>
    private static void WriteDocument(Utf8JsonWriter writer, DocumentSummary document, Story? story)
    {
        writer.WriteStartObject();
        AssertionJson.WriteDocumentProperties(writer, document);
        JsonOutput.WriteString(writer, "story"u8, story?.Id.Value);
        writer.WriteEndObject();
    }

    /// <summary>The properties of a finding object, without its braces; <paramref name="explanation"/> is its <see cref="FindingExplanation"/>.</summary>
    public static void WriteFindingProperties(Utf8JsonWriter writer, Finding finding, string explanation)
    {
        writer.WriteString("kind"u8, ReportNames.Of(finding.Kind));
        WriteIds(writer, finding.AssertionIds);
        JsonOutput.WriteString(writer, "relation"u8, finding.Relation is { } relation ? ReportNames.Of(relation) : null);
        writer.WriteNumber("confidence"u8, InvariantText.Confidence(finding.Confidence));
        writer.WriteString("explanation"u8, explanation);
        writer.WriteString("clusterId"u8, finding.ClusterId);
        writer.WriteString("scope"u8, finding.Scope == FindingScope.IntraDocument ? "intraDocument" : "crossSource");
    }

    private static void WriteIds(Utf8JsonWriter writer, ImmutableArray<AssertionId> ids)
    {
        writer.WriteStartArray("assertionIds"u8);
        foreach (var id in Arrays.OrEmpty(ids))
        {
            writer.WriteStringValue(id.Value);
        }

        writer.WriteEndArray();
    }
}
