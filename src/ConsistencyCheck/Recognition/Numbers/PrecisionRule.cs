namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>
/// The rounding a figure implies. Rule: the place value of the last non-zero digit, but never coarser than the
/// figure's second significant place; digits written after a decimal point all count ("71.30" is 0.01).
/// So "41" is 1, "40,000" is 1000, "41,000" is 1000, "40,012" is 1, "1.2 million" is 100000, "300" is 10, "forty" is 1.
/// </summary>
internal static class PrecisionRule
{
    /// <summary>Precision of an integer-valued figure <paramref name="value"/> (already scaled).</summary>
    public static decimal OfInteger(decimal value)
    {
        value = Math.Abs(decimal.Truncate(value));
        if (value < 10)
        {
            return 1;
        }

        var lastNonZero = 1m;
        var v = value;
        while (v % 10 == 0 && v >= 10)
        {
            v /= 10;
            lastNonZero *= 10;
        }

        var leading = 1m;
        var w = value;
        while (w >= 10)
        {
            w = decimal.Truncate(w / 10);
            leading *= 10;
        }

        var secondPlace = leading / 10;
        return Math.Min(lastNonZero, secondPlace);
    }

    /// <summary>Precision of an integer written as <paramref name="digits"/> (ASCII, no separators) times <paramref name="scale"/>, without decimal arithmetic.</summary>
    public static decimal OfIntegerDigits(ReadOnlySpan<char> digits, decimal scale)
    {
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
        }

        var trailing = 0;
        while (trailing < digits.Length - lead - 1 && digits[digits.Length - 1 - trailing] == '0')
        {
            trailing++;
        }

        var significant = digits.Length - lead;
        var place = Math.Min(trailing, Math.Max(0, significant - 2));
        var p = Pow10[Math.Min(place, Pow10.Length - 1)];
        return DigitScanner.TryMultiply(p, scale, out var scaled) ? scaled : p;
    }

    private static readonly decimal[] Pow10 = [.. Enumerable.Range(0, 28).Select(k => k == 0 ? 1m : Enumerable.Repeat(10m, k).Aggregate((a, b) => a * b))];

    /// <summary>
    /// Precision of a literal with <paramref name="fractionDigits"/> digits after the point, multiplied by
    /// <paramref name="scale"/> ("1.2 million": 1 digit, scale 10^6, so 100000).
    /// </summary>
    public static decimal OfLiteral(decimal value, int fractionDigits, decimal scale)
    {
        if (fractionDigits == 0)
        {
            return OfInteger(value);
        }

        var p = scale;
        for (var k = 0; k < fractionDigits && k < 28; k++)
        {
            p /= 10;
        }

        return p == 0 ? 1e-28m : p;
    }
}
