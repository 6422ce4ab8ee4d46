using ConsistencyCheck.Text;

namespace ConsistencyCheck.Recognition;

/// <summary>
/// A figure as written, with its hedge read: "nearly 55,000" is <see cref="Stated"/> 55000,
/// <see cref="Qualifier"/> <see cref="Recognition.Qualifier.Nearly"/>, and an <see cref="Interval"/> just below 55000.
/// </summary>
/// <param name="Type">Number, ordinal, percentage, currency, dimension, age, temperature, range or identifier.</param>
/// <param name="Span">Where the whole phrase, hedge included, stands in the text.</param>
/// <param name="Text">The phrase as written ("nearly 55,000").</param>
/// <param name="Stated">The figure as written (55000 for "nearly 55,000", 41 for "Forty-one"), or null when the phrase states none ("dozens", "20 to 30").</param>
/// <param name="Interval">The values the phrase allows, hedge and rounding read.</param>
/// <param name="Qualifier">The hedge or bound.</param>
/// <param name="Unit">The unit for money, measures, ages, temperatures and percentages; null for plain counts.</param>
/// <param name="Precision">
/// The rounding a round figure implies: 1000 for "40,000", 100000 for "1.2 million", 1 for "40,012", 0.01 for "71.30";
/// null when it does not apply (ranges, vague amounts, identifiers).
/// </param>
public sealed record Quantity(
    EntityType Type,
    SourceSpan Span,
    string Text,
    decimal? Stated,
    Interval Interval,
    Qualifier Qualifier,
    Unit? Unit,
    decimal? Precision) : Mention(Type, Span, Text)
{
    /// <summary>
    /// Where the bare figure stands, without hedge, currency sign or unit ("55,000" in "nearly 55,000",
    /// "640 million" in "$640 million"); null when the phrase has no single figure (ranges, vague amounts).
    /// </summary>
    public SourceSpan? FigureSpan { get; init; }

    /// <summary>
    /// Where the hedge or bound words stand ("nearly" in "nearly 55,000", "or more" in "100 or more");
    /// null when the phrase has none.
    /// </summary>
    public SourceSpan? HedgeSpan { get; init; }

    /// <summary>
    /// For a count, what it counts ("residents" in "55,000 displaced residents"), when <see cref="Quantities.CountedNounReader"/>
    /// has read the sentence; null otherwise, and always null straight from the recognizers, which do not read syntax.
    /// </summary>
    public CountedNoun? Counted { get; init; }
}
