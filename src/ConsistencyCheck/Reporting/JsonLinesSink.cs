using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// The sink that streams report lines (docs/report-schema.md, "Report lines") as the comparison produces them, without a
/// <see cref="ConsistencyReport"/>: finding lines cluster by cluster (rendered on the thread that compared the cluster,
/// while it is still in the cache; the writing thread only copies bytes), then a line per unreadable document and per
/// input error, then the summary. It keeps only the unreadable documents and the counts, and at most a few chunks of
/// lines, so memory stays bounded whatever the size of the run. Writes UTF-8 to a stream the caller owns, and flushes it
/// at the end. For one run only.
/// </summary>
public sealed class JsonLinesSink : IFindingSink<JsonLinesSink.Lines>, IDisposable
{
    /// <summary>Lines one chunk renders on its worker before it leaves the rest to the writing thread.</summary>
    internal const int ChunkBytes = 8 * 1024 * 1024;

    /// <summary>Lines the writing thread gathers before it hands them to the stream.</summary>
    private const int WriteBytes = 1024 * 1024;

    private readonly Stream _stream;
    private readonly ConcurrentBag<FindingLineRenderer> _renderers = [];
    private readonly ConcurrentBag<ArrayBufferWriter<byte>> _buffers = [];
    private readonly List<DocumentSummary> _kept = [];
    private ImmutableArray<Assertion> _assertions = [];
    private long _documents;
    private int _stories;
    private ReportSummary? _summary;

    /// <summary>Creates a sink writing to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the lines go; the caller owns it.</param>
    public JsonLinesSink(Stream stream)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
    }

    /// <summary>The counts written in the summary line, once the run has completed.</summary>
    /// <exception cref="InvalidOperationException">The run has not completed.</exception>
    public ReportSummary Summary => _summary ?? throw new InvalidOperationException("The run has not completed: there is no summary yet.");

    /// <inheritdoc/>
    public ValueTask AddDocumentAsync(DocumentSummary document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);

        // A missing path is not a document: not counted, and it gets an input error line.
        _documents += document.IsMissingPath ? 0 : 1;
        if (document.IsMissingPath || document.IsUnreadable)
        {
            _kept.Add(document);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    /// <remarks>When the run is grouped into stories, writes one story line per story here, before any finding line.</remarks>
    public async ValueTask BeginAsync(ComparisonPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _assertions = plan.Assertions;
        var stories = plan.Stories.Select(s => s.Story).OfType<Stories.Story>().ToList();
        _stories = stories.Count;
        if (_stories > 0)
        {
            await _stream.WriteAsync(JsonLinesReportWriter.StoryLines(stories), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public Lines Prepare(ComparedChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var lines = _buffers.TryTake(out var buffer) ? buffer : new ArrayBufferWriter<byte>(64 * 1024);
        lines.ResetWrittenCount();
        var renderer = Renderer();
        List<(ClusterFindings Cluster, int From)>? rest = null;
        try
        {
            foreach (var cluster in chunk.Clusters)
            {
                if (rest is not null)
                {
                    rest.Add((cluster, 0));
                    continue;
                }

                renderer.StartCluster();
                for (var f = 0; f < cluster.Findings.Length; f++)
                {
                    if (lines.WrittenCount >= ChunkBytes)
                    {
                        rest = [(cluster, f)];
                        break;
                    }

                    renderer.Render(lines, cluster.Findings[f], cluster.Cluster.Key, _assertions, chunk.Story.Story?.Id.Value);
                }
            }
        }
        finally
        {
            _renderers.Add(renderer);
        }

        return new Lines(lines, rest, chunk.Story.Story?.Id.Value);
    }

    /// <inheritdoc/>
    public async ValueTask AddAsync(Lines part, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(part);
        await _stream.WriteAsync(part.Rendered.WrittenMemory, cancellationToken).ConfigureAwait(false);
        if (part.Rest is { } rest)
        {
            await WriteRestAsync(rest, part.Rendered, part.Story, cancellationToken).ConfigureAwait(false);
        }

        _buffers.Add(part.Rendered);
    }

    /// <inheritdoc/>
    public async ValueTask CompleteAsync(ComparisonOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _summary = await JsonLinesReportWriter.WriteEndAsync(_documents, _kept, outcome, _stories, _stream, cancellationToken).ConfigureAwait(false);
        _assertions = [];
        Dispose();
    }

    /// <summary>Releases the renderers' buffers.</summary>
    public void Dispose()
    {
        while (_renderers.TryTake(out var renderer))
        {
            renderer.Dispose();
        }

        _buffers.Clear();
    }

    private FindingLineRenderer Renderer() =>
        _renderers.TryTake(out var idle) ? idle : new FindingLineRenderer(JsonLinesReportWriter.Compact);

    // The findings a chunk left unrendered (a cluster of a hundred thousand findings), rendered into its (already
    // written) buffer and written a little at a time.
    private async Task WriteRestAsync(List<(ClusterFindings Cluster, int From)> rest, ArrayBufferWriter<byte> lines, string? story, CancellationToken cancellationToken)
    {
        var renderer = Renderer();
        try
        {
            lines.ResetWrittenCount();
            foreach (var (cluster, from) in rest)
            {
                renderer.StartCluster();
                for (var f = from; f < cluster.Findings.Length; f++)
                {
                    renderer.Render(lines, cluster.Findings[f], cluster.Cluster.Key, _assertions, story);
                    if (lines.WrittenCount >= WriteBytes)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        await _stream.WriteAsync(lines.WrittenMemory, cancellationToken).ConfigureAwait(false);
                        lines.ResetWrittenCount();
                    }
                }
            }

            await _stream.WriteAsync(lines.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _renderers.Add(renderer);
        }
    }

    /// <summary>The lines a chunk rendered on its worker, and the findings it left for the writing thread, if any.</summary>
    public sealed class Lines
    {
        internal Lines(ArrayBufferWriter<byte> rendered, List<(ClusterFindings Cluster, int From)>? rest, string? story)
        {
            Rendered = rendered;
            Rest = rest;
            Story = story;
        }

        internal string? Story { get; }

        internal ArrayBufferWriter<byte> Rendered { get; }

        internal List<(ClusterFindings Cluster, int From)>? Rest { get; }
    }
}
