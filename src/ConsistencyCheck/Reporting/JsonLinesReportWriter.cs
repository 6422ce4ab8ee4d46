using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// Writes a <see cref="ConsistencyReport"/> as JSON lines for runs too large for one report file
/// (docs/report-schema.md, "Report lines"): one <c>{"finding":{…}}</c> line per finding, carrying the assertions it
/// is about and its cluster's key; one <c>{"document":{…}}</c> line per document that could not be read; one
/// <c>{"inputError":{…}}</c> line per input that is not a document (a path that does not exist); and a final
/// <c>{"summary":{…}}</c> line with the counts.
/// </summary>
/// <remarks>
/// Each line is rendered and written on its own, so the writer holds one line at a time whatever the size of the
/// report. Lines are compact UTF-8 JSON ending in <c>\n</c>, in the report's order. Stateless and thread-safe.
/// </remarks>
public sealed class JsonLinesReportWriter : IReportWriter
{
    internal static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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

    /// <summary>
    /// The lines after the findings of a streamed run (<see cref="JsonLinesSink"/>): the unreadable documents' (by
    /// collection, then id), the input errors', then the summary; and the flush.
    /// </summary>
    internal static async Task<ReportSummary> WriteEndAsync(
        long documents, IReadOnlyCollection<DocumentSummary> unreadable, ComparisonOutcome outcome, int stories, Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var (read, inputErrors) = InputError.Split(unreadable);
        foreach (var document in DocumentSummary.InReportOrder(read))
        {
            Render(buffer, writer => WriteDocumentLine(writer, document));
        }

        foreach (var error in inputErrors)
        {
            Render(buffer, writer => WriteInputErrorLine(writer, error));
        }

        var summary = ReportSummary.Of(documents, read.Count, outcome.Assertions, outcome.Clusters, outcome.Counts) with { InputErrors = inputErrors.Length, Stories = stories };
        var version = stories > 0 ? ConsistencyReport.CurrentSchemaVersion : ConsistencyReport.StorylessSchemaVersion;
        Render(buffer, writer => WriteSummary(writer, version, summary));
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        return summary;
    }

    /// <summary>The counts of <paramref name="report"/>, as its summary line gives them.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ReportSummary Summarize(ConsistencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var findings = Arrays.OrEmpty(report.Findings);
        var documents = Arrays.OrEmpty(report.Documents);
        return ReportSummary.Of(
            documents.Length,
            documents.Count(d => d.IsUnreadable),
            Arrays.OrEmpty(report.Assertions).Length,
            Arrays.OrEmpty(report.Clusters).Length,
            FindingCounts.Of(findings)) with
        {
            InputErrors = Arrays.OrEmpty(report.InputErrors).Length,
            Stories = Arrays.OrEmpty(report.Stories).Length,
        };
    }

    /// <summary>The lines of <paramref name="report"/>, rendered one at a time; each buffer is reused for the next line.</summary>
    private static IEnumerable<ReadOnlyMemory<byte>> Lines(ConsistencyReport report)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var assertions = Arrays.OrEmpty(report.Assertions);
        var keys = Arrays.OrEmpty(report.Clusters).ToDictionary(c => c.Id, c => c.Key, StringComparer.Ordinal);
        using var renderer = new FindingLineRenderer(Compact);
        var stories = new ReportStories(report);
        foreach (var story in stories.Stories)
        {
            buffer.ResetWrittenCount();
            Render(buffer, writer => WriteStoryLine(writer, story));
            yield return buffer.WrittenMemory;
        }

        string? cluster = null;
        foreach (var finding in Arrays.OrEmpty(report.Findings))
        {
            if (!string.Equals(finding.ClusterId, cluster, StringComparison.Ordinal))
            {
                renderer.StartCluster();
                cluster = finding.ClusterId;
            }

            buffer.ResetWrittenCount();
            renderer.Render(buffer, finding, keys.GetValueOrDefault(finding.ClusterId), assertions, stories.StoryOf(finding)?.Id.Value);
            yield return buffer.WrittenMemory;
        }

        foreach (var document in Arrays.OrEmpty(report.Documents).Where(d => d.IsUnreadable))
        {
            buffer.ResetWrittenCount();
            Render(buffer, writer => WriteDocumentLine(writer, document));
            yield return buffer.WrittenMemory;
        }

        foreach (var error in Arrays.OrEmpty(report.InputErrors))
        {
            buffer.ResetWrittenCount();
            Render(buffer, writer => WriteInputErrorLine(writer, error));
            yield return buffer.WrittenMemory;
        }

        buffer.ResetWrittenCount();
        Render(buffer, writer => WriteSummary(writer, report.SchemaVersion, Summarize(report)));
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

    private static void WriteDocumentLine(Utf8JsonWriter writer, DocumentSummary document)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("document");
        AssertionJson.WriteDocument(writer, document);
        writer.WriteEndObject();
    }

    /// <summary>A story line: <c>{"story":{"id":…,"collection":…,"label":[…],"documents":[…]}}</c>.</summary>
    internal static void WriteStoryLine(Utf8JsonWriter writer, Stories.Story story)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("story");
        ReportJsonElements.WriteStory(writer, story);
        writer.WriteEndObject();
    }

    /// <summary>The story lines of a run, in plan order, each ending in <c>\n</c>.</summary>
    internal static ReadOnlyMemory<byte> StoryLines(IEnumerable<Stories.Story> stories)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        foreach (var story in stories)
        {
            Render(buffer, writer => WriteStoryLine(writer, story));
        }

        return buffer.WrittenMemory;
    }

    private static void WriteInputErrorLine(Utf8JsonWriter writer, InputError error)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("inputError");
        ReportJsonElements.WriteInputError(writer, error);
        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, int schemaVersion, ReportSummary summary)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("summary");
        writer.WriteNumber("schemaVersion", schemaVersion);
        writer.WriteNumber("documents", summary.Documents);
        writer.WriteNumber("unreadableDocuments", summary.UnreadableDocuments);
        writer.WriteNumber("assertions", summary.Assertions);
        writer.WriteNumber("clusters", summary.Clusters);
        writer.WriteNumber("findings", summary.Findings);
        writer.WriteNumber("agreements", summary.Agreements);
        writer.WriteNumber("contradictions", summary.Contradictions);
        writer.WriteNumber("changedOverTime", summary.ChangedOverTime);

        // Schema version 2: only when the run was grouped into stories.
        if (summary.Stories > 0)
        {
            writer.WriteNumber("stories", summary.Stories);
        }

        // Additional, and only when there were any, so that other runs keep their bytes.
        if (summary.InputErrors > 0)
        {
            writer.WriteNumber("inputErrors", summary.InputErrors);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The assertion with <paramref name="id"/> in <paramref name="assertions"/> (sorted by id, as the pipeline leaves them), or null.</summary>
    internal static Assertion? Find(ImmutableArray<Assertion> assertions, AssertionId id)
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
