namespace ConsistencyCheck.Comparison;

/// <summary>
/// A change over time: two figures that share no value, for dates further apart than
/// <see cref="ComparisonOptions.SameTimeToleranceDays"/> (or a running total stated higher in a later report).
/// </summary>
/// <param name="Days">The days between the two figures' dates, 1 or more.</param>
/// <param name="Direction">Whether the second figure is higher or lower than the first.</param>
/// <param name="Plausibility">Whether a change in that direction is expected of what is counted.</param>
public sealed record ChangeReason(int Days, ChangeDirection Direction, ChangePlausibility Plausibility) : FindingReason;
