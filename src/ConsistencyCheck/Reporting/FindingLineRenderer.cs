using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// Renders finding lines (<c>{"finding":{…}}</c> and a line break) for <see cref="JsonLinesReportWriter"/>, reusing
/// one <see cref="Utf8JsonWriter"/>. Within a cluster every pair of voices makes a finding, so the same assertion is
/// written into many lines: its JSON is rendered once per cluster and copied after that. The cache holds at most
/// <see cref="CacheLimit"/> bytes: past it, it starts over (the lines are the same bytes, an assertion is just rendered
/// again), so a cluster of a million assertions does not keep them all rendered. Not thread-safe: one renderer per thread.
/// </summary>
internal sealed class FindingLineRenderer : IDisposable
{
    /// <summary>The bytes of rendered assertions kept for reuse; a few thousand assertions.</summary>
    internal const int CacheLimit = 4 * 1024 * 1024;

    // The JSON of the cluster's assertions rendered so far, one after the other, and where each one lies in it.
    private readonly ArrayBufferWriter<byte> _cluster = new(4096);
    private readonly Dictionary<AssertionId, (int Start, int Length)> _rendered = [];
    private readonly Utf8JsonWriter _line;
    private readonly Utf8JsonWriter _assertion;

    /// <summary>Creates a renderer writing with <paramref name="options"/>, which must not indent.</summary>
    public FindingLineRenderer(JsonWriterOptions options)
    {
        _line = new Utf8JsonWriter(_cluster, options);
        _assertion = new Utf8JsonWriter(_cluster, options);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _line.Dispose();
        _assertion.Dispose();
    }

    /// <summary>Forgets the assertions rendered so far; call it when a new cluster starts, to bound memory.</summary>
    public void StartCluster()
    {
        _rendered.Clear();
        _cluster.ResetWrittenCount();
    }

    /// <summary>
    /// Appends the line of <paramref name="finding"/> to <paramref name="output"/>: the finding, its cluster's key and
    /// the assertions it names that <paramref name="assertions"/> (sorted by id) holds, as <see cref="JsonLinesReportWriter"/> writes them;
    /// then <c>story</c>, the id of its story, when the run was grouped into stories (<paramref name="story"/> not null).
    /// </summary>
    public void Render(IBufferWriter<byte> output, Finding finding, string? clusterKey, ImmutableArray<Assertion> assertions, string? story = null)
    {
        if (_cluster.WrittenCount > CacheLimit)
        {
            StartCluster();
        }

        _line.Reset(output);
        _line.WriteStartObject();
        _line.WriteStartObject("finding"u8);
        ReportJsonElements.WriteFindingProperties(_line, finding, FindingExplanation.Render(finding, assertions));
        JsonOutput.WriteString(_line, "clusterKey"u8, clusterKey);
        _line.WriteStartArray("assertions"u8);
        foreach (var id in Arrays.OrEmpty(finding.AssertionIds))
        {
            if (Rendered(id, assertions) is var (start, length) && length > 0)
            {
                // Compact JSON does not depend on nesting, so a value rendered on its own is the same bytes.
                _line.WriteRawValue(_cluster.WrittenSpan.Slice(start, length), skipInputValidation: true);
            }
        }

        _line.WriteEndArray();
        if (story is not null)
        {
            _line.WriteString("story"u8, story);
        }

        _line.WriteEndObject();
        _line.WriteEndObject();
        _line.Flush();
        output.Write("\n"u8);
    }

    /// <summary>Where the JSON of the assertion <paramref name="id"/> lies in the cluster's buffer, rendered on first use; length 0 when <paramref name="assertions"/> lacks it.</summary>
    private (int Start, int Length) Rendered(AssertionId id, ImmutableArray<Assertion> assertions)
    {
        // Looked up by id first: the search in every assertion is made once per assertion and cluster, not once per line.
        if (_rendered.TryGetValue(id, out var range))
        {
            return range;
        }

        if (JsonLinesReportWriter.Find(assertions, id) is not { } assertion)
        {
            return default;
        }

        var start = _cluster.WrittenCount;
        _assertion.Reset(_cluster);
        AssertionJson.WriteAssertion(_assertion, assertion);
        _assertion.Flush();
        range = (start, _cluster.WrittenCount - start);
        _rendered[id] = range;
        return range;
    }
}
