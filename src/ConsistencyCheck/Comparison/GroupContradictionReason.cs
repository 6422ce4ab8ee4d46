namespace ConsistencyCheck.Comparison;

/// <summary>
/// A contradiction between the largest group of consistent voices in a time window and another group, in a cluster too
/// large to judge pair by pair (see <see cref="ClusterSummary"/>); the finding names one voice of each.
/// </summary>
/// <param name="Contradiction">The contradiction between the two named voices.</param>
/// <param name="FirstSources">How many voices give the first figure (the largest group), at least 1.</param>
/// <param name="SecondSources">How many voices give the second figure, at least 1.</param>
public sealed record GroupContradictionReason(ContradictionReason Contradiction, int FirstSources, int SecondSources) : FindingReason;
