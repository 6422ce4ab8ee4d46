using ConsistencyCheck.Stories;

namespace ConsistencyCheck.Comparison;

/// <summary>One story of a <see cref="ComparisonPlan"/>: the consecutive clusters whose findings arrive together.</summary>
/// <param name="Index">Its position among the plan's stories, from 0.</param>
/// <param name="Story">The story, or null when the run is not grouped into stories (every document of the run is one story).</param>
/// <param name="FirstCluster">The index of its first cluster in <see cref="ComparisonPlan.Clusters"/>.</param>
/// <param name="ClusterCount">How many clusters it has.</param>
public sealed record ComparedStory(int Index, Story? Story, int FirstCluster, int ClusterCount);
