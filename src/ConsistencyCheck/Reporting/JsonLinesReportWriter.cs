using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// Writes a <see cref="ConsistencyReport"/> as JSON lines for runs too large for one report file
/// (docs/report-schema.md, "Report lines"): one <c>{"finding":{…}}</c> line per finding, carrying the assertions it
/// is about and its cluster's key; one <c>{"document":{…}}</c> line per document that could not be read; and a
/// final <c>{"summary":{…}}</c> line with the counts.
/// </summary>
/// <remarks>
/// Each line is rendered and written on its own, so the writer holds one line at a time whatever the size of the
/// report. Lines are compact UTF-8 JSON ending in <c>\n</c>, in the report's order. Stateless and thread-safe.
/// </remarks>
public sealed class JsonLinesReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is null.</exception>
    public async Task WriteAsync(ConsistencyReport report, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var line in Lines(report))
        {
            await writer.WriteAsync(Encoding.UTF8.GetString(line.Span).AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> as UTF-8 and flushes it; the caller owns the stream.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An overload of the instance IReportWriter method; callers hold a writer instance.")]
    public async Task WriteAsync(ConsistencyReport report, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        foreach (var line in Lines(report))
        {
            await stream.WriteAsync(line, cancellationToken).ConfigureAwait(false);
        }

        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The lines of <paramref name="report"/>, rendered one at a time; each buffer is reused for the next line.</summary>
    private static IEnumerable<ReadOnlyMemory<byte>> Lines(ConsistencyReport report)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var assertions = ReportArrays.OrEmpty(report.Assertions);
        var keys = ReportArrays.OrEmpty(report.Clusters).ToDictionary(c => c.Id, c => c.Key, StringComparer.Ordinal);
        foreach (var finding in ReportArrays.OrEmpty(report.Findings))
        {
            buffer.ResetWrittenCount();
            Render(buffer, writer => WriteFinding(writer, finding, keys.GetValueOrDefault(finding.ClusterId), assertions));
            yield return buffer.WrittenMemory;
        }

        foreach (var document in ReportArrays.OrEmpty(report.Documents).Where(d => ReportArrays.OrEmpty(d.Diagnostics).Any(x => x.Severity == DiagnosticSeverity.Error)))
        {
            buffer.ResetWrittenCount();
            Render(buffer, writer =>
            {
                writer.WriteStartObject();
                writer.WritePropertyName("document");
                ReportJsonElements.WriteDocument(writer, document);
                writer.WriteEndObject();
            });
            yield return buffer.WrittenMemory;
        }

        buffer.ResetWrittenCount();
        Render(buffer, writer => WriteSummary(writer, report));
        yield return buffer.WrittenMemory;
    }

    private static void Render(ArrayBufferWriter<byte> buffer, Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            write(writer);
        }

        buffer.Write("\n"u8);
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding, string? clusterKey, ImmutableArray<Assertion> assertions)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("finding");
        ReportJsonElements.WriteFindingProperties(writer, finding);
        ReportJson.WriteString(writer, "clusterKey", clusterKey);
        writer.WriteStartArray("assertions");
        foreach (var id in ReportArrays.OrEmpty(finding.AssertionIds))
        {
            if (Find(assertions, id) is { } assertion)
            {
                ReportJsonElements.WriteAssertion(writer, assertion);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, ConsistencyReport report)
    {
        var findings = ReportArrays.OrEmpty(report.Findings);
        var documents = ReportArrays.OrEmpty(report.Documents);
        writer.WriteStartObject();
        writer.WriteStartObject("summary");
        writer.WriteNumber("schemaVersion", report.SchemaVersion);
        writer.WriteNumber("documents", documents.Length);
        writer.WriteNumber("unreadableDocuments", documents.Count(d => ReportArrays.OrEmpty(d.Diagnostics).Any(x => x.Severity == DiagnosticSeverity.Error)));
        writer.WriteNumber("assertions", ReportArrays.OrEmpty(report.Assertions).Length);
        writer.WriteNumber("clusters", ReportArrays.OrEmpty(report.Clusters).Length);
        writer.WriteNumber("findings", findings.Length);
        writer.WriteNumber("agreements", findings.Count(f => f.Kind == FindingKind.Agreement));
        writer.WriteNumber("contradictions", findings.Count(f => f.Kind == FindingKind.Contradiction));
        writer.WriteNumber("changedOverTime", findings.Count(f => f.Kind == FindingKind.ChangedOverTime));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The assertion with <paramref name="id"/> in <paramref name="assertions"/> (sorted by id, as the pipeline leaves them), or null.</summary>
    private static Assertion? Find(ImmutableArray<Assertion> assertions, AssertionId id)
    {
        int low = 0, high = assertions.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = assertions[middle].Id.CompareTo(id);
            if (order == 0)
            {
                return assertions[middle];
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        // Not sorted (a hand-built report): fall back to a scan.
        foreach (var assertion in assertions)
        {
            if (assertion.Id == id)
            {
                return assertion;
            }
        }

        return null;
    }
}
