using System.Collections.Immutable;
using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Comparison;

/// <summary>
/// The agreement of a group of mutually consistent voices in a cluster too large to judge pair by pair (see
/// <see cref="ClusterSummary"/>): "1000 sources agree".
/// </summary>
/// <param name="Members">
/// The group's assertions in the group's order (by the lower bound of the interval each allows, then by id), which is
/// the order sources and phrases are named in; the finding's <see cref="Finding.AssertionIds"/> hold the same ids sorted.
/// </param>
public sealed record GroupAgreementReason(ImmutableArray<AssertionId> Members) : FindingReason
{
    /// <summary>Equal when the members are the same ids in the same order.</summary>
    public bool Equals(GroupAgreementReason? other) =>
        other is not null && (Members.IsDefault ? other.Members.IsDefault : !other.Members.IsDefault && Members.SequenceEqual(other.Members));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var id in Members.IsDefault ? [] : Members)
        {
            hash.Add(id);
        }

        return hash.ToHashCode();
    }
}
