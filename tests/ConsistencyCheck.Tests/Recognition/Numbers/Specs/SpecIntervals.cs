using System.Globalization;
using ConsistencyCheck.Recognition;

namespace ConsistencyCheck.Tests.Recognition.Numbers.Specs;

/// <summary>
/// Maps our intervals to the peer's bracket notation. The peer writes two-sided ranges half-open ("[20,30)" for
/// "between 20 and 30"); we read them inclusive, so the upper inclusivity of a two-sided range is not compared.
/// One-sided bounds whose low end we floor at zero for counts ("up to 700" is [0, 700]) are written without it.
/// </summary>
public static class SpecIntervals
{
    public static string ToBracket(Quantity q)
    {
        var i = q.Interval;
        var low = i.Low;
        if (q.Qualifier is Qualifier.AtMost or Qualifier.LessThan or Qualifier.UpTo)
        {
            low = null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{(low is not null && i.LowInclusive ? '[' : '(')}{Fmt(low)},{Fmt(i.High)}{(i.High is not null && i.HighInclusive ? ']' : ')')}");
    }

    public static bool Same(string got, string expected)
    {
        var g = Parse(got);
        var e = Parse(expected);
        if (g is null || e is null)
        {
            return false;
        }

        var twoSided = e.Value.Low is not null && e.Value.High is not null && e.Value.Low != e.Value.High;
        return Eq(g.Value.Low, e.Value.Low) && Eq(g.Value.High, e.Value.High) && g.Value.LowInc == e.Value.LowInc
            && (twoSided || g.Value.HighInc == e.Value.HighInc);
    }

    private static bool Eq(double? a, double? b) => a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= 1e-9 * Math.Max(1, Math.Abs(b.Value));

    private static (bool LowInc, double? Low, double? High, bool HighInc)? Parse(string s)
    {
        if (s.Length < 3)
        {
            return null;
        }

        var parts = s[1..^1].Split(',');
        if (parts.Length != 2)
        {
            return null;
        }

        double? P(string x) => double.TryParse(x, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
        return (s[0] == '[', P(parts[0]), P(parts[1]), s[^1] == ']');
    }

    private static string Fmt(decimal? d) => d is { } v ? (v / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "";
}
