using System.Collections.Concurrent;
using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;

namespace ConsistencyCheck;

/// <summary>
/// The compare stage of a <see cref="ConsistencyPipeline"/>: compares chunks of consecutive clusters on up to
/// <see cref="ConsistencyOptions.MaxDegreeOfParallelism"/> threads through <see cref="OrderedParallel"/>, hands each chunk
/// to the sink's <see cref="IFindingSink{TPart}.Prepare"/> on the thread that compared it and the parts to
/// <see cref="IFindingSink{TPart}.AddAsync"/> in order. In a run, each cluster has the time budget of one document
/// (<see cref="ConsistencyOptions.MaxDocumentTime"/>): one that runs over is abandoned within milliseconds, has no
/// findings and is listed in the outcome. Cancellation is honoured inside each cluster. Thread-safe.
/// </summary>
internal sealed class PipelineComparison(ClusterComparer comparer, ConsistencyOptions options, TimeProvider timeProvider)
{
    /// <summary>Clusters per chunk: enough to outweigh scheduling, few enough to share the work out evenly.</summary>
    private const int ChunkSize = 64;

    /// <summary>
    /// Compares every cluster of <paramref name="plan"/> and hands the findings to <paramref name="sink"/>, story by
    /// story; returns the outcome (the sink's <see cref="IFindingSink{TPart}.CompleteAsync"/> is the caller's to call).
    /// </summary>
    public async Task<ComparisonOutcome> RunAsync<TPart>(ComparisonPlan plan, IFindingSink<TPart> sink, CancellationToken cancellationToken)
    {
        var byId = ById(plan.Assertions);
        var overBudget = new ConcurrentQueue<AssertionCluster>();
        var counts = default(FindingCounts);
        var parts = OrderedParallel.MapAsync(
            Chunks(plan),
            (chunk, token) =>
            {
                var compared = CompareChunk(plan.Clusters, chunk, byId, overBudget, token);
                return (Part: sink.Prepare(compared), Counts: compared.Counts());
            },
            options.MaxDegreeOfParallelism,
            cancellationToken);
        await foreach (var (part, partCounts) in parts.ConfigureAwait(false))
        {
            counts += partCounts;
            await sink.AddAsync(part, cancellationToken).ConfigureAwait(false);
        }

        return new ComparisonOutcome(plan.Assertions.Length, plan.Clusters.Length, counts, NotCompared(overBudget, byId), options.MaxDocumentTime);
    }

    /// <summary>
    /// Compares cluster by cluster without a time budget, yielding each cluster's findings in the order of
    /// <paramref name="clusters"/> while the next ones are compared (for the public, synchronous <c>Compare</c>).
    /// </summary>
    public IEnumerable<ClusterFindings> ByCluster(IReadOnlyList<Assertion> assertions, IReadOnlyList<AssertionCluster> clusters, CancellationToken cancellationToken)
    {
        var byId = ById(assertions);
        var all = clusters as ImmutableArray<AssertionCluster>? ?? [.. clusters];
        var story = new ComparedStory(0, null, 0, all.Length);
        var chunks = Chunks(new ComparisonPlan([], all, [story]));
        var compared = OrderedParallel.Map(chunks, (chunk, token) => CompareChunk(all, chunk, byId, null, token), options.MaxDegreeOfParallelism, cancellationToken);
        return compared.SelectMany(c => c.Clusters);
    }

    /// <summary>
    /// The comparison of one cluster, its findings in the report's order (by first, then last assertion id). With
    /// <paramref name="overBudget"/>, the cluster has the budget <see cref="ConsistencyOptions.MaxDocumentTime"/>: past it,
    /// the comparison stops, the cluster is added to <paramref name="overBudget"/> and comes out with no findings.
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

    private static Dictionary<AssertionId, Assertion> ById(IReadOnlyList<Assertion> assertions)
    {
        var byId = new Dictionary<AssertionId, Assertion>(assertions.Count);
        foreach (var assertion in assertions)
        {
            byId.Add(assertion.Id, assertion);
        }

        return byId;
    }

    /// <summary>The chunks of <paramref name="plan"/>: up to <see cref="ChunkSize"/> consecutive clusters, never across two stories.</summary>
    private static List<(ComparedStory Story, int First, int Count)> Chunks(ComparisonPlan plan)
    {
        var chunks = new List<(ComparedStory, int, int)>();
        foreach (var story in plan.Stories)
        {
            for (var first = story.FirstCluster; first < story.FirstCluster + story.ClusterCount; first += ChunkSize)
            {
                chunks.Add((story, first, Math.Min(ChunkSize, story.FirstCluster + story.ClusterCount - first)));
            }
        }

        return chunks;
    }

    private ComparedChunk CompareChunk(
        IReadOnlyList<AssertionCluster> clusters, (ComparedStory Story, int First, int Count) chunk, Dictionary<AssertionId, Assertion> byId,
        ConcurrentQueue<AssertionCluster>? overBudget, CancellationToken cancellationToken)
    {
        var compared = new ClusterFindings[chunk.Count];
        for (var i = 0; i < compared.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            compared[i] = Compare(clusters[chunk.First + i], byId, overBudget, cancellationToken);
        }

        var endsStory = chunk.First + chunk.Count == chunk.Story.FirstCluster + chunk.Story.ClusterCount;
        return new ComparedChunk(chunk.Story, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(compared), endsStory);
    }

    /// <summary>The clusters over budget, by id (ordinal), each with the documents it has members in.</summary>
    private static ImmutableArray<NotComparedCluster> NotCompared(ConcurrentQueue<AssertionCluster> overBudget, Dictionary<AssertionId, Assertion> byId) =>
        [.. overBudget.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => new NotComparedCluster(
            c, [.. c.AssertionIds.Select(id => byId[id]).Select(a => new DocumentKey(a.Collection, a.DocumentId)).Distinct()]))];
}
