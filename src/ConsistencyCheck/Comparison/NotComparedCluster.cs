using System.Collections.Immutable;
using ConsistencyCheck.Clustering;

namespace ConsistencyCheck.Comparison;

/// <summary>A cluster abandoned at its time budget (<c>ConsistencyOptions.MaxDocumentTime</c>): it has no findings.</summary>
/// <param name="Cluster">The cluster.</param>
/// <param name="Documents">The documents with a member in it, in order of their first member.</param>
public sealed record NotComparedCluster(AssertionCluster Cluster, ImmutableArray<DocumentKey> Documents)
{
    /// <inheritdoc/>
    public bool Equals(NotComparedCluster? other) =>
        other is not null && Cluster.Equals(other.Cluster) && Documents.SequenceEqual(other.Documents);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Cluster, Documents.Length);
}
