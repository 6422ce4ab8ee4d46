using System.Collections.Immutable;
using System.Text.Json;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Recognition;

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

        writer.WriteStartArray("documents"u8);
        foreach (var document in ReportArrays.OrEmpty(report.Documents))
        {
            WriteDocument(writer, document);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("assertions"u8);
        foreach (var assertion in ReportArrays.OrEmpty(report.Assertions))
        {
            WriteAssertion(writer, assertion);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("clusters"u8);
        foreach (var cluster in ReportArrays.OrEmpty(report.Clusters))
        {
            WriteCluster(writer, cluster);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("findings"u8);
        foreach (var finding in ReportArrays.OrEmpty(report.Findings))
        {
            WriteFinding(writer, finding, FindingExplanation.Render(finding, report));
        }

        writer.WriteEndArray();

        // Additional (schema version 1): only present when an input was not a document, so other reports keep their bytes.
        var inputErrors = ReportArrays.OrEmpty(report.InputErrors);
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

    public static void WriteDocument(Utf8JsonWriter writer, ReportDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, document.Id.Value);
        writer.WriteString("source"u8, document.Source);
        writer.WriteString("collection"u8, document.Collection);
        ReportJson.WriteString(writer, "title"u8, document.Title);
        ReportJson.WriteString(writer, "publisher"u8, document.Publisher);
        ReportJson.WriteString(writer, "published"u8, document.Published is { } published ? ReportFormat.Timestamp(published) : null);
        writer.WriteStartArray("diagnostics"u8);
        foreach (var diagnostic in ReportArrays.OrEmpty(document.Diagnostics))
        {
            writer.WriteStartObject();
            writer.WriteString("severity"u8, ReportNames.Of(diagnostic.Severity));
            writer.WriteString("message"u8, diagnostic.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        // Only on assertion lines (a report lists such an input as an input error, never as a document).
        if (document.IsMissingPath)
        {
            writer.WriteBoolean("missingPath"u8, true);
        }

        writer.WriteEndObject();
    }

    public static void WriteAssertion(Utf8JsonWriter writer, Assertion assertion)
    {
        writer.WriteStartObject();
        WriteAssertionProperties(writer, assertion);
        writer.WriteEndObject();
    }

    /// <summary>The properties of an assertion object, without its braces, so that other formats can append their own.</summary>
    public static void WriteAssertionProperties(Utf8JsonWriter writer, Assertion assertion)
    {
        var quantity = assertion.Quantity;
        writer.WriteString("id"u8, assertion.Id.Value);
        writer.WriteString("documentId"u8, assertion.DocumentId.Value);
        writer.WriteString("text"u8, quantity.Text);
        writer.WriteNumber("start"u8, quantity.Span.Start);
        writer.WriteNumber("end"u8, quantity.Span.End);
        writer.WriteString("sentence"u8, assertion.SentenceText);
        WriteSubject(writer, assertion.Subject);
        WritePredicate(writer, assertion.Predicate);
        WriteValue(writer, quantity);
        ReportJson.WriteDate(writer, "asOf"u8, assertion.AsOf);

        // Additional properties (schema version 1, after the contract's).
        writer.WriteString("collection"u8, assertion.Collection);
        ReportJson.WriteString(writer, "publisher"u8, assertion.Publisher);
        ReportJson.WriteDate(writer, "published"u8, assertion.Published);
        writer.WriteNumber("sentenceStart"u8, assertion.Sentence.Start);
        writer.WriteNumber("sentenceEnd"u8, assertion.Sentence.End);
        WriteTime(writer, assertion.Time);
        writer.WriteStartArray("restrictors"u8);
        foreach (var restrictor in ReportArrays.OrEmpty(assertion.Restrictors))
        {
            writer.WriteStringValue(restrictor);
        }

        writer.WriteEndArray();
        ReportJson.WriteString(writer, "attribution"u8, assertion.Attribution);
        writer.WriteBoolean("hedgedClaim"u8, assertion.IsHedgedClaim);
        writer.WriteBoolean("inHeadline"u8, assertion.InHeadline);
    }

    private static void WriteSubject(Utf8JsonWriter writer, Subject subject)
    {
        writer.WriteStartObject("subject"u8);
        writer.WriteString("text"u8, subject.Text);
        writer.WriteString("head"u8, subject.Head);
        writer.WriteString("class"u8, subject.Class);
        writer.WriteEndObject();
    }

    private static void WritePredicate(Utf8JsonWriter writer, Predicate predicate)
    {
        writer.WriteStartObject("predicate"u8);
        writer.WriteString("text"u8, predicate.Text);
        writer.WriteString("class"u8, predicate.Class);
        writer.WriteString("kind"u8, ReportNames.Of(predicate.Kind));
        writer.WriteBoolean("negated"u8, predicate.Negated);
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, Quantity quantity)
    {
        var interval = quantity.Interval;
        writer.WriteStartObject("value"u8);
        ReportJson.WriteNumber(writer, "stated"u8, quantity.Stated);
        ReportJson.WriteNumber(writer, "low"u8, interval.Low);
        ReportJson.WriteNumber(writer, "high"u8, interval.High);
        writer.WriteBoolean("lowInclusive"u8, interval.LowInclusive);
        writer.WriteBoolean("highInclusive"u8, interval.HighInclusive);
        writer.WriteString("qualifier"u8, ReportNames.Of(quantity.Qualifier));
        ReportJson.WriteString(writer, "unit"u8, quantity.Unit?.Name);

        // Additional properties.
        writer.WriteString("type"u8, ReportNames.Of(quantity.Type));
        ReportJson.WriteString(writer, "unitCategory"u8, quantity.Unit?.Category);
        ReportJson.WriteString(writer, "currency"u8, quantity.Unit?.IsoCode);
        ReportJson.WriteNumber(writer, "precision"u8, quantity.Precision);
        writer.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter writer, TemporalMention? time)
    {
        if (time is null)
        {
            writer.WriteNull("time"u8);
            return;
        }

        writer.WriteStartObject("time"u8);
        writer.WriteString("text"u8, time.Text);
        writer.WriteNumber("start"u8, time.Span.Start);
        writer.WriteNumber("end"u8, time.Span.End);
        writer.WriteString("type"u8, ReportNames.Of(time.Type));
        ReportJson.WriteString(writer, "value"u8, time.Value);
        ReportJson.WriteDate(writer, "from"u8, time.Start);
        ReportJson.WriteDate(writer, "until"u8, time.End);
        ReportJson.WriteString(writer, "modifier"u8, ReportNames.Of(time.Modifier));
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

    public static void WriteFinding(Utf8JsonWriter writer, Finding finding, string explanation)
    {
        writer.WriteStartObject();
        WriteFindingProperties(writer, finding, explanation);
        writer.WriteEndObject();
    }

    /// <summary>The properties of a finding object, without its braces; <paramref name="explanation"/> is its <see cref="FindingExplanation"/>.</summary>
    public static void WriteFindingProperties(Utf8JsonWriter writer, Finding finding, string explanation)
    {
        writer.WriteString("kind"u8, ReportNames.Of(finding.Kind));
        WriteIds(writer, finding.AssertionIds);
        ReportJson.WriteString(writer, "relation"u8, finding.Relation is { } relation ? ReportNames.Of(relation) : null);
        writer.WriteNumber("confidence"u8, ReportFormat.Confidence(finding.Confidence));
        writer.WriteString("explanation"u8, explanation);
        writer.WriteString("clusterId"u8, finding.ClusterId);
        writer.WriteString("scope"u8, finding.Scope == FindingScope.IntraDocument ? "intraDocument" : "crossSource");
    }

    private static void WriteIds(Utf8JsonWriter writer, ImmutableArray<AssertionId> ids)
    {
        writer.WriteStartArray("assertionIds"u8);
        foreach (var id in ReportArrays.OrEmpty(ids))
        {
            writer.WriteStringValue(id.Value);
        }

        writer.WriteEndArray();
    }
}
