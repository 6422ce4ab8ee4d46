using System.Collections.Immutable;
using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Clustering;

/// <summary>Assertions that speak about the same quantity of the same thing, across the documents of one collection.</summary>
/// <param name="Id">Stable identifier (<c>c1</c>, <c>c2</c>, … in report order).</param>
/// <param name="Key">
/// The blocking key the cluster was found under: collection, predicate class, subject class and unit category,
/// e.g. <c>default|signed|medical-staff|count</c>.
/// </param>
/// <param name="AssertionIds">Its members, ordered by id.</param>
public sealed record AssertionCluster(string Id, string Key, ImmutableArray<AssertionId> AssertionIds)
{
    /// <inheritdoc/>
    public bool Equals(AssertionCluster? other) =>
        other is not null && Id == other.Id && Key == other.Key && AssertionIds.SequenceEqual(other.AssertionIds);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Key, AssertionIds.Length);
}
