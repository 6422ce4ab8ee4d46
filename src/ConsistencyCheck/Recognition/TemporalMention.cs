using ConsistencyCheck.Text;

namespace ConsistencyCheck.Recognition;

/// <summary>
/// A date, period, date-time, time of day, duration or recurrence, resolved against the document's
/// reference date (its publication date), never the machine clock.
/// </summary>
/// <param name="Type">Date, DateRange, DateTime, Time, Duration or Set.</param>
/// <param name="Span">Where the phrase stands in the text.</param>
/// <param name="Text">The phrase as written.</param>
/// <param name="Value">
/// ISO 8601 form of what it means: <c>2024-02-14</c>, <c>2023-03</c>, <c>2024</c>, <c>2024-02-14T21:15</c>,
/// <c>T18:00</c>, <c>P18M</c>; null when a relative expression could not be resolved (no reference date).
/// </param>
/// <param name="Start">First day covered (inclusive), or null for times, durations, unresolved or open-ended phrases.</param>
/// <param name="End">Day after the last day covered (exclusive), or null as for <paramref name="Start"/>.</param>
/// <param name="Modifier">How the phrase bends its date ("since", "early", "about").</param>
public sealed record TemporalMention(
    EntityType Type,
    SourceSpan Span,
    string Text,
    string? Value,
    DateOnly? Start,
    DateOnly? End,
    TemporalModifier Modifier = TemporalModifier.None) : Mention(Type, Span, Text)
{
    /// <summary>True when the phrase names a moment or period of the calendar that could be placed (not a duration, time or set).</summary>
    public bool IsAnchored => Start is not null && Type is EntityType.Date or EntityType.DateRange or EntityType.DateTime;
}
