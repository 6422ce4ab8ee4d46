namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>
/// One figure found by <see cref="FigureScanner"/>: the bare number, before hedges, ranges and units are read.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Kind">What the figure is.</param>
/// <param name="Value">Its value (the low end of the reading for vague amounts).</param>
/// <param name="Precision">Implied rounding (see <see cref="PrecisionRule"/>), or null when it does not apply.</param>
/// <param name="High">High end of a vague reading; equal to <paramref name="Value"/> otherwise.</param>
/// <param name="Scale">The scale word that multiplied the literal (1000000 for "1.2 million"), or 1.</param>
/// <param name="IsWords">True when written in words.</param>
/// <param name="HasSuffix">True when letters follow the digits directly ("180ml", "29km", "13F"): a unit or a code, not a count.</param>
internal readonly record struct Figure(
    int Start,
    int End,
    FigureKind Kind,
    decimal Value,
    decimal? Precision,
    decimal High,
    decimal Scale = 1m,
    bool IsWords = false,
    bool HasSuffix = false)
{
    /// <summary>True for amounts a hedge or range can apply to.</summary>
    public bool IsAmount => Kind is FigureKind.Cardinal or FigureKind.Fraction;
}
