namespace ConsistencyCheck.Tests.RealNews;

/// <summary>
/// A count over a total with its Wilson score interval (95 %), so a figure says how sure it is: 1 of 11 is
/// 0.09 with a lower bound of 0.02, 100 of 110 is 0.91 with a lower bound of 0.84.
/// </summary>
public readonly record struct Proportion(int Hits, int Total)
{
    private const double Z = 1.959963984540054;

    /// <summary>Hits over total; 0 when the total is 0.</summary>
    public double Value => Total == 0 ? 0 : (double)Hits / Total;

    /// <summary>The lower end of the Wilson 95 % score interval; 0 when the total is 0.</summary>
    public double WilsonLower => Total == 0 ? 0 : Bound(-1);

    /// <summary>The upper end of the Wilson 95 % score interval; 1 when the total is 0.</summary>
    public double WilsonUpper => Total == 0 ? 1 : Bound(+1);

    /// <summary>"0.091 (1/11, ≥ 0.016)": value, count and Wilson lower bound.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{Value:F3} ({Hits}/{Total}, Wilson 95% lower bound {WilsonLower:F3})");

    private double Bound(int sign)
    {
        double n = Total, p = Value, z2 = Z * Z;
        var centre = p + (z2 / (2 * n));
        var spread = Z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return Math.Clamp((centre + (sign * spread)) / (1 + (z2 / n)), 0, 1);
    }
}
