using ConsistencyCheck.Text;

namespace ConsistencyCheck.Recognition;

/// <summary>
/// Something a recognizer found in a text: where it is, what it says, and what it means.
/// The cases are <see cref="Quantity"/> (counts, money, measures, percentages, ranges, identifiers)
/// and <see cref="TemporalMention"/> (dates, periods, times, durations).
/// </summary>
/// <param name="Type">The entity type.</param>
/// <param name="Span">Where it stands in the text (end exclusive).</param>
/// <param name="Text">The characters of the span, as written.</param>
public abstract record Mention(EntityType Type, SourceSpan Span, string Text);
