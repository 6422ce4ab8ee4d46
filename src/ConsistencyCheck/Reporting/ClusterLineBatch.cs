using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Text;
using ConsistencyCheck.Comparison;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// Renders the finding lines of a batch of clusters on several threads and writes them in the batch's order, for
/// the streaming overload of <see cref="JsonLinesReportWriter"/>. The batch is cut into as many consecutive parts as
/// there are threads, of about the same number of findings; each part renders into its own reused buffer, and the
/// buffers are written one after the other, so the bytes are those of a single thread. Not thread-safe itself.
/// </summary>
internal sealed class ClusterLineBatch : IDisposable
{
    /// <summary>How many clusters a batch holds: enough to share out, few enough to keep memory small.</summary>
    public const int Size = 256;

    private readonly FindingLineRenderer[] _renderers;
    private readonly ArrayBufferWriter<byte>[] _buffers;
    private readonly int[] _bounds;

    /// <summary>Creates a batch writer rendering on up to <paramref name="degree"/> threads with <paramref name="options"/>.</summary>
    public ClusterLineBatch(int degree, JsonWriterOptions options)
    {
        _renderers = new FindingLineRenderer[degree];
        _buffers = new ArrayBufferWriter<byte>[degree];
        _bounds = new int[degree + 1];
        for (var i = 0; i < degree; i++)
        {
            _renderers[i] = new FindingLineRenderer(options);
            _buffers[i] = new ArrayBufferWriter<byte>(64 * 1024);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var renderer in _renderers)
        {
            renderer.Dispose();
        }
    }

    /// <summary>Renders the lines of <paramref name="batch"/> and writes them to <paramref name="stream"/>, in order.</summary>
    public async Task WriteAsync(List<ClusterFindings> batch, ImmutableArray<Assertion> assertions, Stream stream, CancellationToken cancellationToken)
    {
        var parts = Split(batch);
        if (parts == 1)
        {
            Render(0, batch, assertions);
        }
        else if (parts > 1)
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = parts, CancellationToken = cancellationToken };
            Parallel.For(0, parts, options, part => Render(part, batch, assertions));
        }

        for (var part = 0; part < parts; part++)
        {
            await stream.WriteAsync(_buffers[part].WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
    }

    // Cuts the batch into consecutive parts of about the same number of findings; returns how many parts.
    private int Split(List<ClusterFindings> batch)
    {
        long total = 0;
        foreach (var group in batch)
        {
            total += Arrays.OrEmpty(group.Findings).Length;
        }

        if (total == 0)
        {
            return 0;
        }

        var parts = (int)Math.Min(_renderers.Length, Math.Min(batch.Count, total));
        _bounds[0] = 0;
        long seen = 0;
        var part = 1;
        for (var i = 0; i < batch.Count && part < parts; i++)
        {
            seen += Arrays.OrEmpty(batch[i].Findings).Length;
            if (seen * parts >= total * part)
            {
                _bounds[part++] = i + 1;
            }
        }

        // Parts left without a boundary (a few clusters hold every finding) are empty.
        while (part <= parts)
        {
            _bounds[part++] = batch.Count;
        }

        return parts;
    }

    private void Render(int part, List<ClusterFindings> batch, ImmutableArray<Assertion> assertions)
    {
        var buffer = _buffers[part];
        var renderer = _renderers[part];
        buffer.ResetWrittenCount();
        for (var i = _bounds[part]; i < _bounds[part + 1]; i++)
        {
            var group = batch[i];
            renderer.StartCluster();
            foreach (var finding in Arrays.OrEmpty(group.Findings))
            {
                renderer.Render(buffer, finding, group.Cluster.Key, assertions);
            }
        }
    }
}
