using System.Collections.Immutable;
using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Comparison;

/// <summary>A verdict on assertions of one cluster, with the explanation a journalist would read.</summary>
/// <param name="Kind">Agreement, contradiction or change over time.</param>
/// <param name="AssertionIds">The assertions it is about; for two, the relation runs from the first to the second.</param>
/// <param name="Relation">For exactly two assertions, how the first interval relates to the second; otherwise null.</param>
/// <param name="Confidence">How sure the checker is that the assertions are about the same quantity and the verdict holds, 0 to 1.</param>
/// <param name="Explanation">One or two sentences naming both sources, both phrases and why.</param>
/// <param name="ClusterId">The cluster it came from.</param>
public sealed record Finding(
    FindingKind Kind,
    ImmutableArray<AssertionId> AssertionIds,
    IntervalRelation? Relation,
    double Confidence,
    string Explanation,
    string ClusterId)
{
    /// <summary>Cross-source (the default) or within one document.</summary>
    public FindingScope Scope { get; init; } = FindingScope.CrossSource;

    /// <inheritdoc/>
    public bool Equals(Finding? other) =>
        other is not null && Kind == other.Kind && Relation == other.Relation && Confidence.Equals(other.Confidence) &&
        Explanation == other.Explanation && ClusterId == other.ClusterId && Scope == other.Scope && AssertionIds.SequenceEqual(other.AssertionIds);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Relation, Explanation, ClusterId);
}
