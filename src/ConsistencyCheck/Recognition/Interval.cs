namespace ConsistencyCheck.Recognition;

/// <summary>
/// The set of values a phrase allows. A null bound is unbounded on that side.
/// </summary>
/// <param name="Low">Lower bound, or null for none.</param>
/// <param name="High">Upper bound, or null for none.</param>
/// <param name="LowInclusive">Whether <paramref name="Low"/> itself is allowed ("at least 40" yes, "more than 40" no).</param>
/// <param name="HighInclusive">Whether <paramref name="High"/> itself is allowed ("at most 40" yes, "fewer than 40" no).</param>
public readonly record struct Interval(decimal? Low, decimal? High, bool LowInclusive = true, bool HighInclusive = true)
{
    /// <summary>The single value <paramref name="value"/>.</summary>
    public static Interval Point(decimal value) => new(value, value);

    /// <summary>True when the interval allows <paramref name="value"/>.</summary>
    public bool Contains(decimal value) =>
        (Low is not { } low || (LowInclusive ? value >= low : value > low)) &&
        (High is not { } high || (HighInclusive ? value <= high : value < high));

    /// <summary>True when some value is allowed by both intervals.</summary>
    public bool Intersects(Interval other)
    {
        var (low, lowInclusive) = MaxLow(this, other);
        var (high, highInclusive) = MinHigh(this, other);
        if (low is null || high is null)
        {
            return true;
        }

        return low < high || (low == high && lowInclusive && highInclusive);
    }

    /// <summary>True when every value allowed by <paramref name="other"/> is allowed by this interval.</summary>
    public bool Covers(Interval other)
    {
        var lowOk = Low is not { } low ||
            (other.Low is { } otherLow && (otherLow > low || (otherLow == low && (LowInclusive || !other.LowInclusive))));
        var highOk = High is not { } high ||
            (other.High is { } otherHigh && (otherHigh < high || (otherHigh == high && (HighInclusive || !other.HighInclusive))));
        return lowOk && highOk;
    }

    /// <summary>The interval notation used in reports: <c>[40000, 55000)</c>, <c>(300, ∞)</c>.</summary>
    public override string ToString() =>
        $"{(LowInclusive && Low is not null ? '[' : '(')}{Low?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-∞"}, " +
        $"{High?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "∞"}{(HighInclusive && High is not null ? ']' : ')')}";

    private static (decimal? Value, bool Inclusive) MaxLow(Interval a, Interval b)
    {
        if (a.Low is null)
        {
            return (b.Low, b.LowInclusive);
        }

        if (b.Low is null || a.Low > b.Low)
        {
            return (a.Low, a.LowInclusive);
        }

        return a.Low < b.Low ? (b.Low, b.LowInclusive) : (a.Low, a.LowInclusive && b.LowInclusive);
    }

    private static (decimal? Value, bool Inclusive) MinHigh(Interval a, Interval b)
    {
        if (a.High is null)
        {
            return (b.High, b.HighInclusive);
        }

        if (b.High is null || a.High < b.High)
        {
            return (a.High, a.HighInclusive);
        }

        return a.High > b.High ? (b.High, b.HighInclusive) : (a.High, a.HighInclusive && b.HighInclusive);
    }
}
