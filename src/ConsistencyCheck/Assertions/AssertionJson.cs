using System.Collections.Immutable;
using System.Text.Json;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Stories;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// Writes the JSON objects of what the Assertions stage hands on: a document's summary and an assertion, in the order
/// docs/report-schema.md fixes (the contract's properties first, then the additional ones). Shared by the assertion
/// lines and the reports.
/// </summary>
internal static class AssertionJson
{
    public static void WriteDocument(Utf8JsonWriter writer, DocumentSummary document)
    {
        writer.WriteStartObject();
        WriteDocumentProperties(writer, document);
        writer.WriteEndObject();
    }

    /// <summary>The properties of the document object of <see cref="WriteDocument"/>, for a writer that adds its own after them (a report's <c>story</c>).</summary>
    public static void WriteDocumentProperties(Utf8JsonWriter writer, DocumentSummary document)
    {
        writer.WriteString("id"u8, document.Id.Value);
        writer.WriteString("source"u8, document.Source);
        writer.WriteString("collection"u8, document.Collection);
        JsonOutput.WriteString(writer, "title"u8, document.Title);
        JsonOutput.WriteString(writer, "publisher"u8, document.Publisher);
        JsonOutput.WriteString(writer, "published"u8, document.Published is { } published ? InvariantText.Timestamp(published) : null);
        writer.WriteStartArray("diagnostics"u8);
        foreach (var diagnostic in Arrays.OrEmpty(document.Diagnostics))
        {
            writer.WriteStartObject();
            writer.WriteString("severity"u8, AssertionNames.Of(diagnostic.Severity));
            writer.WriteString("message"u8, diagnostic.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        // Only on assertion lines (a report lists such an input as an input error, never as a document).
        if (document.IsMissingPath)
        {
            writer.WriteBoolean("missingPath"u8, true);
        }
    }

    /// <summary>
    /// Writes <c>"signature":{"contentWords":N,"terms":[["term",weight],…]}</c>: what <c>compare</c> needs to group the
    /// document into a story (its id, collection and publication time are the document's).
    /// </summary>
    public static void WriteSignature(Utf8JsonWriter writer, StorySignature signature)
    {
        writer.WriteStartObject("signature"u8);
        writer.WriteNumber("contentWords"u8, signature.ContentWords);
        writer.WriteStartArray("terms"u8);
        foreach (var term in signature.Terms)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(term.Text);
            writer.WriteNumberValue(term.Weight);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Reads what <see cref="WriteSignature"/> wrote, for the document <paramref name="document"/>.</summary>
    public static StorySignature ReadSignature(JsonElement element, DocumentSummary document)
    {
        var terms = ImmutableArray.CreateBuilder<StoryTerm>();
        foreach (var term in element.GetProperty("terms").EnumerateArray())
        {
            terms.Add(new StoryTerm(term[0].GetString()!, term[1].GetSingle()));
        }

        return new StorySignature(document.Id, document.Collection, document.Published, element.GetProperty("contentWords").GetInt32(), terms.ToImmutable());
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
        JsonOutput.WriteDate(writer, "asOf"u8, assertion.AsOf);

        // Additional properties (schema version 1, after the contract's).
        writer.WriteString("collection"u8, assertion.Collection);
        JsonOutput.WriteString(writer, "publisher"u8, assertion.Publisher);
        JsonOutput.WriteDate(writer, "published"u8, assertion.Published);
        writer.WriteNumber("sentenceStart"u8, assertion.Sentence.Start);
        writer.WriteNumber("sentenceEnd"u8, assertion.Sentence.End);
        WriteTime(writer, assertion.Time);
        writer.WriteStartArray("restrictors"u8);
        foreach (var restrictor in Arrays.OrEmpty(assertion.Restrictors))
        {
            writer.WriteStringValue(restrictor);
        }

        writer.WriteEndArray();
        JsonOutput.WriteString(writer, "attribution"u8, assertion.Attribution);
        writer.WriteBoolean("hedgedClaim"u8, assertion.IsHedgedClaim);
        writer.WriteBoolean("inHeadline"u8, assertion.InHeadline);
        if (assertion.Verb is { } verb)
        {
            writer.WriteString("verb"u8, verb);
        }
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
        writer.WriteString("kind"u8, AssertionNames.Of(predicate.Kind));
        writer.WriteBoolean("negated"u8, predicate.Negated);
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, Quantity quantity)
    {
        var interval = quantity.Interval;
        writer.WriteStartObject("value"u8);
        JsonOutput.WriteNumber(writer, "stated"u8, quantity.Stated);
        JsonOutput.WriteNumber(writer, "low"u8, interval.Low);
        JsonOutput.WriteNumber(writer, "high"u8, interval.High);
        writer.WriteBoolean("lowInclusive"u8, interval.LowInclusive);
        writer.WriteBoolean("highInclusive"u8, interval.HighInclusive);
        writer.WriteString("qualifier"u8, AssertionNames.Of(quantity.Qualifier));
        JsonOutput.WriteString(writer, "unit"u8, quantity.Unit?.Name);

        // Additional properties.
        writer.WriteString("type"u8, AssertionNames.Of(quantity.Type));
        JsonOutput.WriteString(writer, "unitCategory"u8, quantity.Unit?.Category);
        JsonOutput.WriteString(writer, "currency"u8, quantity.Unit?.IsoCode);
        JsonOutput.WriteNumber(writer, "precision"u8, quantity.Precision);
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
        writer.WriteString("type"u8, AssertionNames.Of(time.Type));
        JsonOutput.WriteString(writer, "value"u8, time.Value);
        JsonOutput.WriteDate(writer, "from"u8, time.Start);
        JsonOutput.WriteDate(writer, "until"u8, time.End);
        JsonOutput.WriteString(writer, "modifier"u8, AssertionNames.Of(time.Modifier));
        writer.WriteEndObject();
    }
}
