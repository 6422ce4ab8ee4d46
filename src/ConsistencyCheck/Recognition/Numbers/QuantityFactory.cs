using ConsistencyCheck.Text;

namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>Turns a figure and its hedge into a <see cref="Quantity"/>: the interval table of docs/semantics.md.</summary>
internal static class QuantityFactory
{
    /// <summary>
    /// The values a hedged figure allows. Bounds with no stated floor ("up to 30", "fewer than 10") start at zero when
    /// the figure is non-negative and the measure cannot go below zero (<paramref name="floorAtZero"/>). A share
    /// (<paramref name="percentagePoints"/>) reaches at most <see cref="NumberRecognitionOptions.MaxPercentagePointTolerance"/>
    /// points either way, or half its rounding when that is coarser: "about 71%" is [69, 73], not [63.9, 78.1]; "about
    /// 60%" (rounded to tens) is [55, 65].
    /// </summary>
    public static Interval IntervalFor(Qualifier qualifier, decimal value, NumberRecognitionOptions options, bool floorAtZero, bool percentagePoints = false, decimal? precision = null)
    {
        var raw = Raw(qualifier, value, options, floorAtZero, percentagePoints ? Math.Max(options.MaxPercentagePointTolerance, (precision ?? 0) / 2) : null);
        return new Interval(Normalize(raw.Low), Normalize(raw.High), raw.LowInclusive, raw.HighInclusive);
    }

    /// <summary>Drops trailing zeros of the scale ("49500.0" becomes "49500") so intervals print as written.</summary>
    public static decimal? Normalize(decimal? value) => value is { } v ? v / 1.0000000000000000000000000000m : null;

    private static Interval Raw(Qualifier qualifier, decimal value, NumberRecognitionOptions options, bool floorAtZero, decimal? maxReach)
    {
        decimal? floor = floorAtZero && value >= 0 ? 0m : null;
        decimal Reach(decimal tolerance) => maxReach is { } max ? Math.Min(Math.Abs(value) * tolerance, max) : Math.Abs(value) * tolerance;
        switch (qualifier)
        {
            case Qualifier.Nearly:
                return new Interval(value - Reach(options.NearlyTolerance), value);
            case Qualifier.Approximate:
                var delta = Reach(options.ApproximateTolerance);
                return new Interval(value - delta, value + delta);
            case Qualifier.AtLeast:
                return new Interval(value, null);
            case Qualifier.MoreThan:
                return new Interval(value, null, LowInclusive: false);
            case Qualifier.AtMost or Qualifier.UpTo:
                return new Interval(floor, value);
            case Qualifier.LessThan:
                return new Interval(floor, value, HighInclusive: false);
            default:
                return Interval.Point(value);
        }
    }

    /// <summary>Builds the quantity for [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.</summary>
    public static Quantity Create(
        string text,
        EntityType type,
        int start,
        int end,
        decimal? stated,
        Interval interval,
        Qualifier qualifier,
        Unit? unit,
        decimal? precision,
        int figureStart,
        int figureEnd,
        SourceSpan? hedge = null) =>
        new(type, SourceSpan.FromBounds(start, end), text[start..end], stated, interval, qualifier, unit, precision)
        {
            FigureSpan = figureEnd > figureStart ? SourceSpan.FromBounds(figureStart, figureEnd) : null,
            HedgeSpan = hedge,
        };

    /// <summary>The hedge span for a left hedge starting at <paramref name="hedgeStart"/> before <paramref name="coreStart"/>, or a right one from <paramref name="coreEnd"/> to <paramref name="hedgeEnd"/>.</summary>
    public static SourceSpan? HedgeSpan(ReadOnlySpan<char> text, int hedgeStart, int coreStart, int coreEnd, int hedgeEnd)
    {
        if (hedgeStart >= 0 && hedgeStart < coreStart)
        {
            return SourceSpan.FromBounds(hedgeStart, TextScan.SkipSpacesLeft(text, coreStart));
        }

        if (hedgeEnd > coreEnd)
        {
            return SourceSpan.FromBounds(TextScan.SkipSpaces(text, coreEnd), hedgeEnd);
        }

        return null;
    }

    /// <summary>The entity type of a plain (unit-less) figure with <paramref name="qualifier"/>: bounds and ranges are number ranges.</summary>
    public static EntityType PlainType(Qualifier qualifier) =>
        qualifier is Qualifier.AtLeast or Qualifier.MoreThan or Qualifier.AtMost or Qualifier.LessThan or Qualifier.UpTo or Qualifier.Range
            ? EntityType.NumberRange
            : EntityType.Number;
}
