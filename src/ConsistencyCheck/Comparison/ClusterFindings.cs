using System.Collections.Immutable;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Comparison;

/// <summary>The findings of one cluster, in the report's order within the cluster (by first, then last assertion id).</summary>
/// <param name="Cluster">The cluster.</param>
/// <param name="Findings">Its findings; may be empty.</param>
public sealed record ClusterFindings(AssertionCluster Cluster, ImmutableArray<Finding> Findings)
{
    /// <summary>
    /// The findings of several clusters in the report's order: by cluster id (ordinal), then first, then last assertion
    /// id. The sort is stable, so findings gathered cluster by cluster keep their order within a cluster.
    /// </summary>
    internal static ImmutableArray<Finding> InReportOrder(IEnumerable<Finding> findings) =>
        [.. findings.OrderBy(f => f.ClusterId, StringComparer.Ordinal).ThenBy(f => f.AssertionIds[0]).ThenBy(f => f.AssertionIds[^1])];

    /// <inheritdoc/>
    public bool Equals(ClusterFindings? other) =>
        other is not null && Cluster.Equals(other.Cluster) && Arrays.OrEmpty(Findings).SequenceEqual(Arrays.OrEmpty(other.Findings));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Cluster, Findings.IsDefault ? 0 : Findings.Length);
}
