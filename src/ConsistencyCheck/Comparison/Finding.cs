using System.Collections.Immutable;
using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Comparison;

/// <summary>
/// A verdict on assertions of one cluster, with the typed reason for it. The English explanation a journalist reads is
/// rendered from <see cref="Reason"/> and the assertions by the reporting stage: <c>Reporting.FindingExplanation.Render</c>
/// (given the report, or a way to look assertions up by id), which every report writer uses.
/// </summary>
/// <param name="Kind">Agreement, contradiction or change over time.</param>
/// <param name="AssertionIds">The assertions it is about; for two, the relation runs from the first to the second.</param>
/// <param name="Relation">For exactly two assertions, how the first interval relates to the second; otherwise null.</param>
/// <param name="Confidence">How sure the checker is that the assertions are about the same quantity and the verdict holds, 0 to 1.</param>
/// <param name="Reason">Why the verdict holds: one case of the closed set <see cref="FindingReason"/>, matching <paramref name="Kind"/> and <see cref="Scope"/>.</param>
/// <param name="ClusterId">The cluster it came from.</param>
public sealed record Finding(
    FindingKind Kind,
    ImmutableArray<AssertionId> AssertionIds,
    IntervalRelation? Relation,
    double Confidence,
    FindingReason Reason,
    string ClusterId)
{
    /// <summary>Cross-source (the default) or within one document.</summary>
    public FindingScope Scope { get; init; } = FindingScope.CrossSource;

    /// <summary>Equal when every member is: the assertion ids in order, and the reasons by value.</summary>
    public bool Equals(Finding? other) =>
        other is not null && Kind == other.Kind && Relation == other.Relation && Confidence.Equals(other.Confidence) &&
        Equals(Reason, other.Reason) && ClusterId == other.ClusterId && Scope == other.Scope && AssertionIds.SequenceEqual(other.AssertionIds);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Relation, Reason, ClusterId);
}
