using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// Compares clusters and renders their finding lines on worker threads, one task per chunk of consecutive clusters,
/// and writes the chunks in cluster order on the calling thread, which only copies bytes. For the command line's
/// streaming report, where comparing and rendering are the work: each cluster is rendered on the thread that compared
/// it, while it is still in the cache. The bytes are those of <see cref="JsonLinesReportWriter"/>'s streaming overload
/// over <see cref="ConsistencyPipeline.CompareByCluster"/>: the same renderer, the same clusters in the same order.
/// </summary>
/// <remarks>
/// At most <c>degree</c> chunks are worked on at once, and at most twice that many are in flight (worked on or waiting
/// to be written), so memory stays bounded whatever the number of clusters. A chunk renders at most
/// <see cref="ChunkBytes"/> of lines on its worker; the findings past that (a cluster of a hundred thousand findings)
/// are rendered by the writing thread as it writes them, a little at a time, so memory stays bounded whatever the size
/// of one cluster too. Chunk buffers and renderers are reused.
/// </remarks>
internal static class ComparingLineWriter
{
    /// <summary>Clusters per task: enough to outweigh scheduling, few enough to share the work out evenly.</summary>
    private const int ChunkSize = 64;

    /// <summary>Lines one chunk renders on its worker before it leaves the rest to the writing thread.</summary>
    private const int ChunkBytes = 8 * 1024 * 1024;

    /// <summary>Lines the writing thread gathers before it hands them to the stream.</summary>
    private const int WriteBytes = 1024 * 1024;

    /// <summary>
    /// Writes the lines of every cluster in <paramref name="clusters"/>, compared with <paramref name="compare"/> on up
    /// to <paramref name="degree"/> threads; returns the counts of the findings written.
    /// </summary>
    public static async Task<FindingCounts> WriteAsync(
        IReadOnlyList<AssertionCluster> clusters,
        Func<AssertionCluster, ClusterFindings> compare,
        ImmutableArray<Assertion> assertions,
        JsonWriterOptions options,
        int degree,
        Stream stream,
        CancellationToken cancellationToken)
    {
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degree).ConcurrentScheduler;
        var renderers = new ConcurrentBag<FindingLineRenderer>();
        var buffers = new ConcurrentBag<ArrayBufferWriter<byte>>();
        var pending = new Queue<Task<Chunk>>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var counts = default(FindingCounts);
        var next = 0;
        try
        {
            while (next < clusters.Count && pending.Count < 2 * degree)
            {
                pending.Enqueue(Start(next));
                next += ChunkSize;
            }

            while (pending.TryDequeue(out var task))
            {
                var chunk = await task.ConfigureAwait(false);
                if (next < clusters.Count)
                {
                    pending.Enqueue(Start(next));
                    next += ChunkSize;
                }

                await stream.WriteAsync(chunk.Lines.WrittenMemory, cancellationToken).ConfigureAwait(false);
                counts += chunk.Counts;
                if (chunk.Rest is { } rest)
                {
                    await WriteRestAsync(rest, chunk.Lines).ConfigureAwait(false);
                }

                buffers.Add(chunk.Lines);
            }
        }
        finally
        {
            // Stopped early (a failure or cancellation): let the chunks in flight end before the renderers go.
            if (pending.Count > 0)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                foreach (var task in pending)
                {
                    await task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
                }
            }

            foreach (var renderer in renderers)
            {
                renderer.Dispose();
            }
        }

        return counts;

        Task<Chunk> Start(int first) =>
            Task.Factory.StartNew(() => CompareAndRender(first), stop.Token, TaskCreationOptions.None, scheduler);

        Chunk CompareAndRender(int first)
        {
            var lines = buffers.TryTake(out var buffer) ? buffer : new ArrayBufferWriter<byte>(64 * 1024);
            lines.ResetWrittenCount();
            var renderer = renderers.TryTake(out var idle) ? idle : new FindingLineRenderer(options);
            var chunkCounts = default(FindingCounts);
            List<(ClusterFindings Group, int From)>? rest = null;
            try
            {
                var end = Math.Min(clusters.Count, first + ChunkSize);
                for (var i = first; i < end; i++)
                {
                    stop.Token.ThrowIfCancellationRequested();
                    var group = compare(clusters[i]);
                    var findings = Arrays.OrEmpty(group.Findings);
                    foreach (var finding in findings)
                    {
                        chunkCounts += FindingCounts.Of(finding.Kind);
                    }

                    if (rest is not null)
                    {
                        rest.Add((group, 0));
                        continue;
                    }

                    renderer.StartCluster();
                    for (var f = 0; f < findings.Length; f++)
                    {
                        if (lines.WrittenCount >= ChunkBytes)
                        {
                            rest = [(group, f)];
                            break;
                        }

                        renderer.Render(lines, findings[f], group.Cluster.Key, assertions);
                    }
                }
            }
            finally
            {
                renderers.Add(renderer);
            }

            return new Chunk(lines, chunkCounts, rest);
        }

        // The findings a chunk left unrendered, rendered into its (already written) buffer and written a little at a time.
        async Task WriteRestAsync(List<(ClusterFindings Group, int From)> rest, ArrayBufferWriter<byte> lines)
        {
            var renderer = renderers.TryTake(out var idle) ? idle : new FindingLineRenderer(options);
            try
            {
                lines.ResetWrittenCount();
                foreach (var (group, from) in rest)
                {
                    renderer.StartCluster();
                    var findings = Arrays.OrEmpty(group.Findings);
                    for (var f = from; f < findings.Length; f++)
                    {
                        renderer.Render(lines, findings[f], group.Cluster.Key, assertions);
                        if (lines.WrittenCount >= WriteBytes)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            await stream.WriteAsync(lines.WrittenMemory, cancellationToken).ConfigureAwait(false);
                            lines.ResetWrittenCount();
                        }
                    }
                }

                await stream.WriteAsync(lines.WrittenMemory, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                renderers.Add(renderer);
            }
        }
    }

    /// <summary>A chunk's rendered lines, the counts of all its findings, and the findings it left to render, if any.</summary>
    private sealed record Chunk(ArrayBufferWriter<byte> Lines, FindingCounts Counts, List<(ClusterFindings Group, int From)>? Rest);
}
