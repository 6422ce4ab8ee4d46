using System.Collections.Immutable;

namespace ConsistencyCheck.Comparison;

/// <summary>How many findings of each kind a run, or a part of it, holds; parts add up. The one place findings are counted.</summary>
/// <param name="Agreements">Agreement findings.</param>
/// <param name="Contradictions">Contradiction findings.</param>
/// <param name="ChangedOverTime">Change-over-time findings.</param>
public readonly record struct FindingCounts(long Agreements, long Contradictions, long ChangedOverTime)
{
    /// <summary>Every finding counted.</summary>
    public long Findings => Agreements + Contradictions + ChangedOverTime;

    /// <summary>How many findings of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    public long Count(FindingKind kind) => kind switch
    {
        FindingKind.Agreement => Agreements,
        FindingKind.Contradiction => Contradictions,
        FindingKind.ChangedOverTime => ChangedOverTime,
        _ => 0,
    };

    /// <summary>One finding of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    public static FindingCounts Of(FindingKind kind) => new(
        kind == FindingKind.Agreement ? 1 : 0,
        kind == FindingKind.Contradiction ? 1 : 0,
        kind == FindingKind.ChangedOverTime ? 1 : 0);

    /// <summary>The counts of <paramref name="findings"/> (none for a default array).</summary>
    /// <param name="findings">The findings.</param>
    public static FindingCounts Of(ImmutableArray<Finding> findings)
    {
        var counts = default(FindingCounts);
        if (!findings.IsDefault)
        {
            foreach (var finding in findings)
            {
                counts += Of(finding.Kind);
            }
        }

        return counts;
    }

    /// <summary>The sum of two counts.</summary>
    /// <param name="left">One count.</param>
    /// <param name="right">The other.</param>
    public static FindingCounts operator +(FindingCounts left, FindingCounts right) => new(
        left.Agreements + right.Agreements, left.Contradictions + right.Contradictions, left.ChangedOverTime + right.ChangedOverTime);

    /// <summary>The sum of two counts (<see cref="op_Addition"/>).</summary>
    /// <param name="left">One count.</param>
    /// <param name="right">The other.</param>
    public static FindingCounts Add(FindingCounts left, FindingCounts right) => left + right;
}
