using System.Collections.Concurrent;
using System.Globalization;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck;

/// <summary>
/// The compare stage of a <see cref="ConsistencyPipeline"/>: compares clusters on up to
/// <see cref="ConsistencyOptions.MaxDegreeOfParallelism"/> threads, honouring cancellation inside each cluster, and,
/// when asked to, gives each cluster the time budget of one document (<see cref="ConsistencyOptions.MaxDocumentTime"/>).
/// A cluster over its budget is abandoned within milliseconds, comes out with no findings and is recorded, so that its
/// documents can be listed with a <see cref="DiagnosticSeverity.Warning"/> (<see cref="WithOverBudget"/>). Thread-safe.
/// </summary>
internal sealed class PipelineComparison(ClusterComparer comparer, ConsistencyOptions options, TimeProvider timeProvider)
{
    /// <summary>Clusters per parallel chunk.</summary>
    private const int ChunkSize = 256;

    /// <summary>
    /// Compares cluster by cluster, in the order of <paramref name="clusters"/>. With <paramref name="overBudget"/>, each
    /// cluster has the budget <see cref="ConsistencyOptions.MaxDocumentTime"/> and one that runs over is added to it;
    /// without, only <paramref name="cancellationToken"/> stops the work.
    /// </summary>
    public IEnumerable<ClusterFindings> ByCluster(
        IReadOnlyList<Assertion> assertions, IReadOnlyList<AssertionCluster> clusters, ConcurrentQueue<AssertionCluster>? overBudget, CancellationToken cancellationToken)
    {
        var byId = assertions.ToDictionary(a => a.Id);
        if (options.MaxDegreeOfParallelism == 1)
        {
            foreach (var cluster in clusters)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return Compare(cluster, byId, overBudget, cancellationToken);
            }

            yield break;
        }

        // Clusters are compared a chunk at a time on up to MaxDegreeOfParallelism threads and yielded in order; the
        // next chunk is compared while the caller handles this one (writes its lines), so neither waits for the other.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        var next = clusters.Count > 0 ? CompareChunkAsync(clusters, 0, byId, overBudget, parallel) : null;
        for (var start = 0; next is not null; start += ChunkSize)
        {
            var chunk = next.GetAwaiter().GetResult();
            next = start + ChunkSize < clusters.Count ? CompareChunkAsync(clusters, start + ChunkSize, byId, overBudget, parallel) : null;
            try
            {
                foreach (var compared in chunk)
                {
                    yield return compared;
                }
            }
            finally
            {
                // The caller stopped early or failed: let the chunk in flight finish before the enumeration ends.
                if (next is not null && !next.IsCompleted)
                {
                    next.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).GetAwaiter().GetResult();
                }
            }
        }
    }

    /// <summary>
    /// The comparison of one cluster, its findings in the report's order. With <paramref name="overBudget"/>, the cluster
    /// has the budget <see cref="ConsistencyOptions.MaxDocumentTime"/>: past it, the comparison stops, the cluster is
    /// added to <paramref name="overBudget"/> and comes out with no findings.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ClusterFindings Compare(
        AssertionCluster cluster, Dictionary<AssertionId, Assertion> byId, ConcurrentQueue<AssertionCluster>? overBudget, CancellationToken cancellationToken)
    {
        var limited = overBudget is not null && options.MaxDocumentTime != Timeout.InfiniteTimeSpan;
        using var deadline = limited ? new CancellationTokenSource(options.MaxDocumentTime, timeProvider) : null;
        using var budget = deadline is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var findings = comparer.Compare(cluster, byId, budget?.Token ?? cancellationToken);
            return new(cluster, [.. findings.OrderBy(f => f.AssertionIds[0]).ThenBy(f => f.AssertionIds[^1])]);
        }
        catch (OperationCanceledException) when (deadline is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
        {
            // The budget ran out, not the caller's patience: the cluster is reported as not compared and the run goes on.
            overBudget!.Enqueue(cluster);
            return new(cluster, []);
        }
    }

    /// <summary>
    /// <paramref name="documents"/>, each document with a member in a cluster of <paramref name="overBudget"/> given a
    /// <see cref="DiagnosticSeverity.Warning"/> per such cluster, naming the cluster and the limit.
    /// </summary>
    public IEnumerable<DocumentSummary> WithOverBudget(
        IEnumerable<DocumentSummary> documents, IReadOnlyCollection<AssertionCluster> overBudget, IReadOnlyDictionary<AssertionId, Assertion> byId)
    {
        if (overBudget.Count == 0)
        {
            return documents;
        }

        // Per document (collection, id): the clusters it has a member in, in cluster order.
        var clustersOf = new Dictionary<(string, DocumentId), List<AssertionCluster>>();
        foreach (var cluster in overBudget.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            foreach (var key in cluster.AssertionIds.Select(id => byId[id]).Select(a => (a.Collection, a.DocumentId)).Distinct())
            {
                if (!clustersOf.TryGetValue(key, out var list))
                {
                    clustersOf[key] = list = [];
                }

                list.Add(cluster);
            }
        }

        return documents.Select(d => clustersOf.TryGetValue((d.Collection, d.Id), out var clusters)
            ? d with { Diagnostics = d.Diagnostics.AddRange(clusters.Select(c => NotCompared(d, c))) }
            : d);
    }

    /// <summary>The warning of a document in a cluster abandoned at the budget; it names the limit, not the time taken, so reports stay comparable.</summary>
    private Diagnostic NotCompared(DocumentSummary document, AssertionCluster cluster)
    {
        var source = document.Source.Length > 0 ? document.Source : document.Id.Value;
        return Diagnostic.Warning(string.Create(CultureInfo.InvariantCulture,
            $"{source}: not compared: comparing cluster {cluster.Id} ({cluster.AssertionIds.Length:N0} assertions, '{cluster.Key}') took longer than the limit of " +
            $"{Limit(options.MaxDocumentTime)} ({nameof(ConsistencyOptions)}.{nameof(ConsistencyOptions.MaxDocumentTime)}); the cluster has no findings."));
    }

    /// <summary>A limit as a diagnostic shows it: "30 s", "250 ms".</summary>
    internal static string Limit(TimeSpan limit) => limit >= TimeSpan.FromSeconds(1)
        ? string.Create(CultureInfo.InvariantCulture, $"{limit.TotalSeconds:0.###} s")
        : string.Create(CultureInfo.InvariantCulture, $"{limit.TotalMilliseconds:0.###} ms");

    /// <summary>Compares up to <see cref="ChunkSize"/> clusters from <paramref name="first"/> on a pool thread (and as many more as the options allow).</summary>
    private Task<ClusterFindings[]> CompareChunkAsync(
        IReadOnlyList<AssertionCluster> clusters, int first, Dictionary<AssertionId, Assertion> byId, ConcurrentQueue<AssertionCluster>? overBudget, ParallelOptions parallel) =>
        Task.Run(
            () =>
            {
                var chunk = new ClusterFindings[Math.Min(ChunkSize, clusters.Count - first)];
                Parallel.For(0, chunk.Length, parallel, i => chunk[i] = Compare(clusters[first + i], byId, overBudget, parallel.CancellationToken));
                return chunk;
            },
            parallel.CancellationToken);
}
