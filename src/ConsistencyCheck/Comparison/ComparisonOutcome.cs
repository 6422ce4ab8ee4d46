using System.Collections.Immutable;
using System.Globalization;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Comparison;

/// <summary>What a run's comparison came to, as <see cref="IFindingSink{TPart}.CompleteAsync"/> and the caller receive it.</summary>
/// <param name="Assertions">Assertions compared.</param>
/// <param name="Clusters">Clusters compared (also those not compared in time).</param>
/// <param name="Counts">The findings of each kind.</param>
/// <param name="NotCompared">The clusters abandoned at the time budget, by cluster id (ordinal).</param>
/// <param name="Limit">The time budget of one cluster (<c>ConsistencyOptions.MaxDocumentTime</c>).</param>
public sealed record ComparisonOutcome(long Assertions, long Clusters, FindingCounts Counts, ImmutableArray<NotComparedCluster> NotCompared, TimeSpan Limit)
{
    /// <summary>The limit as diagnostics show it: "30 s", "250 ms".</summary>
    public string ShownLimit => InvariantText.Limit(Limit);

    /// <summary>True when at least one finding is of <paramref name="kind"/> (for exit codes such as <c>--fail-on</c>).</summary>
    /// <param name="kind">The kind.</param>
    public bool Found(FindingKind kind) => Counts.Count(kind) > 0;

    /// <summary>
    /// <paramref name="documents"/>, each one with a member in a cluster of <see cref="NotCompared"/> given a
    /// <see cref="DiagnosticSeverity.Warning"/> per such cluster ("not compared: … took longer than the limit"). The
    /// warning names the limit, not the time taken, so reports stay comparable.
    /// </summary>
    /// <param name="documents">The documents of the run.</param>
    public IEnumerable<DocumentSummary> WithWarnings(IEnumerable<DocumentSummary> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (NotCompared.IsDefaultOrEmpty)
        {
            return documents;
        }

        var clustersOf = new Dictionary<DocumentKey, List<NotComparedCluster>>();
        foreach (var cluster in NotCompared)
        {
            foreach (var key in cluster.Documents)
            {
                if (!clustersOf.TryGetValue(key, out var list))
                {
                    clustersOf[key] = list = [];
                }

                list.Add(cluster);
            }
        }

        return documents.Select(d => clustersOf.TryGetValue(new DocumentKey(d.Collection, d.Id), out var clusters)
            ? d with { Diagnostics = d.Diagnostics.AddRange(clusters.Select(c => Warning(d, c))) }
            : d);
    }

    private Diagnostic Warning(DocumentSummary document, NotComparedCluster notCompared)
    {
        var source = document.Source.Length > 0 ? document.Source : document.Id.Value;
        var cluster = notCompared.Cluster;
        return Diagnostic.Warning(string.Create(CultureInfo.InvariantCulture,
            $"{source}: not compared: comparing cluster {cluster.Id} ({cluster.AssertionIds.Length:N0} assertions, '{cluster.Key}') took longer than the limit of " +
            $"{ShownLimit} (ConsistencyOptions.MaxDocumentTime); the cluster has no findings."));
    }
}
