using System.Buffers;
using System.Text.Json;
using System.Text.Encodings.Web;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Text;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// Writes the first half of the pipeline's output as assertion lines (docs/report-schema.md, "Assertion lines"):
/// per document one <c>{"document":{…}}</c> line (with its story <c>signature</c> when it has one), then one <c>{"partition":…,"assertion":{…}}</c> line per
/// assertion. A path that does not exist (<see cref="DocumentSummary.IsMissingPath"/>) gets a document line with
/// <c>"missingPath":true</c>, which <c>compare</c> turns back into an input error. A later <c>compare</c> (<see cref="AssertionLinesReader"/> and
/// <see cref="ConsistencyPipeline.CompareExtractedAsync(ExtractedRun, CancellationToken)"/>) gives the same report as one <c>check</c>.
/// </summary>
/// <remarks>
/// The <c>partition</c> is <see cref="PartitionOf"/>: assertions with equal partitions may be compared, assertions
/// with different partitions never are, so a cluster engine can shuffle the lines by it and compare each partition
/// apart. Lines are compact UTF-8 JSON ending in <c>\n</c>. Stateless and thread-safe.
/// </remarks>
public static class AssertionLinesWriter
{
    // Lines gathered before they are handed to the stream.
    private const int FlushSize = 48 * 1024;

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The partition an assertion belongs to: its blocking key (<see cref="BlockingClusteringStrategy.KeyOf"/>), which
    /// starts with its collection, or null when it has none (no subject or predicate; it is never compared).
    /// </summary>
    public static string? PartitionOf(Assertion assertion) => BlockingClusteringStrategy.KeyOf(assertion);

    /// <summary>The lines of one document (its document line, then its assertions) as UTF-8, each ending in <c>\n</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="extracted"/> is null.</exception>
    public static byte[] ToUtf8Lines(ExtractedDocument extracted)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        var buffer = new ArrayBufferWriter<byte>(1024);
        Write(buffer, extracted);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes the lines of every document of <paramref name="documents"/> to <paramref name="stream"/> as they come,
    /// and flushes it; the caller owns the stream. Lines are handed over every few kilobytes, inside a document too, so
    /// memory does not grow with the size of the output.
    /// </summary>
    /// <returns>How many documents were written.</returns>
    public static async Task<long> WriteAsync(IAsyncEnumerable<ExtractedDocument> documents, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using var writer = new Utf8JsonWriter(buffer, Compact);
        long count = 0;
        await foreach (var extracted in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            WriteDocumentLine(writer, buffer, extracted);
            // The buffer is handed to the stream every FlushSize bytes, also inside a document: one document of a
            // million assertions does not hold its few hundred megabytes of lines at once.
            foreach (var assertion in Arrays.OrEmpty(extracted.Assertions))
            {
                if (buffer.WrittenCount >= FlushSize)
                {
                    await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                    buffer.ResetWrittenCount();
                }

                WriteAssertionLine(writer, buffer, assertion);
            }

            count++;
        }

        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static void Write(ArrayBufferWriter<byte> buffer, ExtractedDocument extracted)
    {
        using var writer = new Utf8JsonWriter(buffer, Compact);
        WriteDocumentLine(writer, buffer, extracted);
        foreach (var assertion in Arrays.OrEmpty(extracted.Assertions))
        {
            WriteAssertionLine(writer, buffer, assertion);
        }
    }

    private static void WriteDocumentLine(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, ExtractedDocument extracted)
    {
        writer.Reset(buffer);
        writer.WriteStartObject();
        writer.WritePropertyName("document");
        AssertionJson.WriteDocument(writer, extracted.Document);
        if (extracted.Signature is { } signature)
        {
            // Beside the document, not in it: the document object is the one the reports write.
            AssertionJson.WriteSignature(writer, signature);
        }

        writer.WriteEndObject();
        writer.Flush();
        buffer.Write("\n"u8);
    }

    private static void WriteAssertionLine(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, Assertion assertion)
    {
        writer.Reset(buffer);
        WriteAssertionLine(writer, assertion);
        writer.Flush();
        buffer.Write("\n"u8);
    }

    private static void WriteAssertionLine(Utf8JsonWriter writer, Assertion assertion)
    {
        writer.WriteStartObject();
        JsonOutput.WriteString(writer, "partition"u8, PartitionOf(assertion));
        writer.WriteStartObject("assertion");
        AssertionJson.WriteAssertionProperties(writer, assertion);

        // Only here, not in the report: what the figure span alone covers, so that nothing the comparison or the
        // report reads is lost between extract and compare.
        if (assertion.Quantity.FigureSpan is { } figure)
        {
            writer.WriteNumber("figureStart", figure.Start);
            writer.WriteNumber("figureEnd", figure.End);
        }
        else
        {
            writer.WriteNull("figureStart");
            writer.WriteNull("figureEnd");
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
