namespace ConsistencyCheck.Comparison;

/// <summary>
/// An agreement of two figures that allow exactly the same values (<see cref="IntervalRelation.Equal"/>): "Forty-one"
/// and "41", or "41" twice.
/// </summary>
/// <param name="WrittenDifferently">
/// True when the two phrases differ beyond letter case ("Forty-one" and "41"); false for the same phrase ("41", "41").
/// </param>
public sealed record SameFigureReason(bool WrittenDifferently) : FindingReason;
