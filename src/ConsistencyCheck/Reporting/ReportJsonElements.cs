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
        writer.WriteNumber("schemaVersion", report.SchemaVersion);

        writer.WriteStartArray("documents");
        foreach (var document in ReportArrays.OrEmpty(report.Documents))
        {
            WriteDocument(writer, document);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("assertions");
        foreach (var assertion in ReportArrays.OrEmpty(report.Assertions))
        {
            WriteAssertion(writer, assertion);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("clusters");
        foreach (var cluster in ReportArrays.OrEmpty(report.Clusters))
        {
            WriteCluster(writer, cluster);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("findings");
        foreach (var finding in ReportArrays.OrEmpty(report.Findings))
        {
            WriteFinding(writer, finding);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteDocument(Utf8JsonWriter writer, ReportDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString("id", document.Id.Value);
        writer.WriteString("source", document.Source);
        writer.WriteString("collection", document.Collection);
        ReportJson.WriteString(writer, "title", document.Title);
        ReportJson.WriteString(writer, "publisher", document.Publisher);
        ReportJson.WriteString(writer, "published", document.Published is { } published ? ReportFormat.Timestamp(published) : null);
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in ReportArrays.OrEmpty(document.Diagnostics))
        {
            writer.WriteStartObject();
            writer.WriteString("severity", ReportNames.Of(diagnostic.Severity));
            writer.WriteString("message", diagnostic.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
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
        writer.WriteString("id", assertion.Id.Value);
        writer.WriteString("documentId", assertion.DocumentId.Value);
        writer.WriteString("text", quantity.Text);
        writer.WriteNumber("start", quantity.Span.Start);
        writer.WriteNumber("end", quantity.Span.End);
        writer.WriteString("sentence", assertion.SentenceText);
        WriteSubject(writer, assertion.Subject);
        WritePredicate(writer, assertion.Predicate);
        WriteValue(writer, quantity);
        ReportJson.WriteDate(writer, "asOf", assertion.AsOf);

        // Additional properties (schema version 1, after the contract's).
        writer.WriteString("collection", assertion.Collection);
        ReportJson.WriteString(writer, "publisher", assertion.Publisher);
        ReportJson.WriteDate(writer, "published", assertion.Published);
        writer.WriteNumber("sentenceStart", assertion.Sentence.Start);
        writer.WriteNumber("sentenceEnd", assertion.Sentence.End);
        WriteTime(writer, assertion.Time);
        writer.WriteStartArray("restrictors");
        foreach (var restrictor in ReportArrays.OrEmpty(assertion.Restrictors))
        {
            writer.WriteStringValue(restrictor);
        }

        writer.WriteEndArray();
        ReportJson.WriteString(writer, "attribution", assertion.Attribution);
        writer.WriteBoolean("hedgedClaim", assertion.IsHedgedClaim);
        writer.WriteBoolean("inHeadline", assertion.InHeadline);
    }

    private static void WriteSubject(Utf8JsonWriter writer, Subject subject)
    {
        writer.WriteStartObject("subject");
        writer.WriteString("text", subject.Text);
        writer.WriteString("head", subject.Head);
        writer.WriteString("class", subject.Class);
        writer.WriteEndObject();
    }

    private static void WritePredicate(Utf8JsonWriter writer, Predicate predicate)
    {
        writer.WriteStartObject("predicate");
        writer.WriteString("text", predicate.Text);
        writer.WriteString("class", predicate.Class);
        writer.WriteString("kind", ReportNames.Of(predicate.Kind));
        writer.WriteBoolean("negated", predicate.Negated);
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, Quantity quantity)
    {
        var interval = quantity.Interval;
        writer.WriteStartObject("value");
        ReportJson.WriteNumber(writer, "stated", quantity.Stated);
        ReportJson.WriteNumber(writer, "low", interval.Low);
        ReportJson.WriteNumber(writer, "high", interval.High);
        writer.WriteBoolean("lowInclusive", interval.LowInclusive);
        writer.WriteBoolean("highInclusive", interval.HighInclusive);
        writer.WriteString("qualifier", ReportNames.Of(quantity.Qualifier));
        ReportJson.WriteString(writer, "unit", quantity.Unit?.Name);

        // Additional properties.
        writer.WriteString("type", ReportNames.Of(quantity.Type));
        ReportJson.WriteString(writer, "unitCategory", quantity.Unit?.Category);
        ReportJson.WriteString(writer, "currency", quantity.Unit?.IsoCode);
        ReportJson.WriteNumber(writer, "precision", quantity.Precision);
        writer.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter writer, TemporalMention? time)
    {
        if (time is null)
        {
            writer.WriteNull("time");
            return;
        }

        writer.WriteStartObject("time");
        writer.WriteString("text", time.Text);
        writer.WriteNumber("start", time.Span.Start);
        writer.WriteNumber("end", time.Span.End);
        writer.WriteString("type", ReportNames.Of(time.Type));
        ReportJson.WriteString(writer, "value", time.Value);
        ReportJson.WriteDate(writer, "from", time.Start);
        ReportJson.WriteDate(writer, "until", time.End);
        ReportJson.WriteString(writer, "modifier", ReportNames.Of(time.Modifier));
        writer.WriteEndObject();
    }

    public static void WriteCluster(Utf8JsonWriter writer, AssertionCluster cluster)
    {
        writer.WriteStartObject();
        writer.WriteString("id", cluster.Id);
        writer.WriteString("key", cluster.Key);
        WriteIds(writer, cluster.AssertionIds);
        writer.WriteEndObject();
    }

    public static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject();
        WriteFindingProperties(writer, finding);
        writer.WriteEndObject();
    }

    /// <summary>The properties of a finding object, without its braces.</summary>
    public static void WriteFindingProperties(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteString("kind", ReportNames.Of(finding.Kind));
        WriteIds(writer, finding.AssertionIds);
        ReportJson.WriteString(writer, "relation", finding.Relation is { } relation ? ReportNames.Of(relation) : null);
        writer.WriteNumber("confidence", ReportFormat.Confidence(finding.Confidence));
        writer.WriteString("explanation", finding.Explanation);
        writer.WriteString("clusterId", finding.ClusterId);
        writer.WriteString("scope", finding.Scope == FindingScope.IntraDocument ? "intraDocument" : "crossSource");
    }

    private static void WriteIds(Utf8JsonWriter writer, ImmutableArray<AssertionId> ids)
    {
        writer.WriteStartArray("assertionIds");
        foreach (var id in ReportArrays.OrEmpty(ids))
        {
            writer.WriteStringValue(id.Value);
        }

        writer.WriteEndArray();
    }
}
