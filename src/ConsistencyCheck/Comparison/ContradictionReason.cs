namespace ConsistencyCheck.Comparison;

/// <summary>
/// A contradiction: two figures that share no value, for the same quantity at the same time (their dates no more than
/// <see cref="ComparisonOptions.SameTimeToleranceDays"/> apart, or not both dated).
/// </summary>
/// <param name="Days">The days between the two figures' dates (0 for the same day), or null when either is undated.</param>
public sealed record ContradictionReason(int? Days) : FindingReason;
