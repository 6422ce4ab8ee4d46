using ConsistencyCheck.Comparison;

namespace ConsistencyCheck.Comparison;

/// <summary>How many findings of each kind a part of the report lines holds; parts add up.</summary>
internal readonly record struct FindingCounts(long Agreements, long Contradictions, long ChangedOverTime)
{
    /// <summary>Every finding counted, as the summary line gives it.</summary>
    public long Findings => Agreements + Contradictions + ChangedOverTime;

    /// <summary>One finding of <paramref name="kind"/>.</summary>
    public static FindingCounts Of(FindingKind kind) => new(
        kind == FindingKind.Agreement ? 1 : 0,
        kind == FindingKind.Contradiction ? 1 : 0,
        kind == FindingKind.ChangedOverTime ? 1 : 0);

    public static FindingCounts operator +(FindingCounts left, FindingCounts right) => new(
        left.Agreements + right.Agreements, left.Contradictions + right.Contradictions, left.ChangedOverTime + right.ChangedOverTime);
}
