using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;

namespace ConsistencyCheck.Comparison;

/// <summary>What a run compares, fixed before the first comparison: the assertions, the clusters and the stories.</summary>
/// <param name="Assertions">Every assertion of the run, sorted by id.</param>
/// <param name="Clusters">The clusters, in the order they are compared and handed on (grouped by story).</param>
/// <param name="Stories">The stories, in order; each covers a consecutive range of <paramref name="Clusters"/>.</param>
public sealed record ComparisonPlan(ImmutableArray<Assertion> Assertions, ImmutableArray<AssertionCluster> Clusters, ImmutableArray<ComparedStory> Stories)
{
    /// <inheritdoc/>
    public bool Equals(ComparisonPlan? other) =>
        other is not null && Assertions.SequenceEqual(other.Assertions) && Clusters.SequenceEqual(other.Clusters) && Stories.SequenceEqual(other.Stories);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Assertions.Length, Clusters.Length, Stories.Length);
}
