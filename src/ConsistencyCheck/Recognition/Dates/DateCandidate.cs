namespace ConsistencyCheck.Recognition.Dates;

/// <summary>A mention the grammar found, before overlaps are settled: tokens [<paramref name="First"/>, <paramref name="Next"/>) and what they mean.</summary>
internal readonly record struct DateCandidate(
    int First,
    int Next,
    EntityType Type,
    string? Value,
    DateOnly? Start,
    DateOnly? End,
    TemporalModifier Modifier = TemporalModifier.None)
{
    /// <summary>A candidate for a plain date or period.</summary>
    public static DateCandidate Of(int first, int next, DateValue value) =>
        new(first, next, value.Type, value.Value, value.Resolved ? value.Start : null, value.Resolved ? value.End : null, value.Modifier);
}
