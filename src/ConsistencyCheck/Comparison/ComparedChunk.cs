using System.Collections.Immutable;

namespace ConsistencyCheck.Comparison;

/// <summary>Consecutive clusters of one story, compared, as <see cref="IFindingSink{TPart}.Prepare"/> receives them.</summary>
/// <param name="Story">The story they belong to.</param>
/// <param name="Clusters">The clusters with their findings, in plan order.</param>
/// <param name="EndsStory">True when the last of them is the story's last cluster.</param>
public sealed record ComparedChunk(ComparedStory Story, ImmutableArray<ClusterFindings> Clusters, bool EndsStory)
{
    /// <summary>The counts of the findings of every cluster of the chunk.</summary>
    public FindingCounts Counts()
    {
        var counts = default(FindingCounts);
        foreach (var cluster in Clusters)
        {
            counts += FindingCounts.Of(cluster.Findings);
        }

        return counts;
    }

    /// <inheritdoc/>
    public bool Equals(ComparedChunk? other) =>
        other is not null && Story.Equals(other.Story) && EndsStory == other.EndsStory && Clusters.SequenceEqual(other.Clusters);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Story, Clusters.Length, EndsStory);
}
