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
    /// <inheritdoc/>
    public bool Equals(ClusterFindings? other) =>
        other is not null && Cluster.Equals(other.Cluster) && Arrays.OrEmpty(Findings).SequenceEqual(Arrays.OrEmpty(other.Findings));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Cluster, Findings.IsDefault ? 0 : Findings.Length);
}
