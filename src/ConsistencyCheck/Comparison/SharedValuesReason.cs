using ConsistencyCheck.Recognition;

namespace ConsistencyCheck.Comparison;

/// <summary>
/// An agreement of two figures that differ but, read with their hedges and rounding, share some values ("nearly 55,000"
/// and "at least 55,000" both allow 55,000).
/// </summary>
/// <param name="Shared">
/// The values both allow: the larger of the two lower bounds and the smaller of the two upper bounds of the intervals
/// as <see cref="VerdictRules.EffectiveInterval"/> reads them (a null bound is unbounded).
/// </param>
public sealed record SharedValuesReason(Interval Shared) : FindingReason;
