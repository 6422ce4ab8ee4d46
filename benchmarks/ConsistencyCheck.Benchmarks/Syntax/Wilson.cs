namespace ConsistencyCheck.Benchmarks.Syntax;

/// <summary>The Wilson score interval of a proportion, as docs/evaluation.md reports every count over a total.</summary>
internal static class Wilson
{
    /// <summary>The lower bound of the 95 % Wilson interval of <paramref name="k"/> successes in <paramref name="n"/>.</summary>
    public static double LowerBound(int k, int n)
    {
        if (n == 0)
        {
            return 0;
        }

        const double z = 1.959963984540054;
        var p = (double)k / n;
        var z2 = z * z;
        var centre = p + (z2 / (2 * n));
        var spread = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n)));
        return (centre - spread) / (1 + (z2 / n));
    }
}
