using System.Globalization;

namespace ConsistencyCheck.Text;

/// <summary>Invariant text forms of numbers, dates and times shared by every report format.</summary>
internal static class InvariantText
{
    /// <summary>
    /// <paramref name="value"/> with its trailing zeros removed (55000.00 becomes 55000, 0.50 becomes 0.5), so it is
    /// written the same way whatever scale the computation left on it. Dividing by a one with a large scale makes
    /// decimal division pick the smallest scale that represents the quotient exactly.
    /// </summary>
    /// <remarks>A whole number of scale 0 (most figures) is already in that form and is returned as it is.</remarks>
    public static decimal Normalize(decimal value) => value.Scale == 0 && value != 0 ? value : value / 1.000000000000000000000000000000000m;

    /// <summary>Invariant text of <paramref name="value"/>: no exponent, no group separators, trailing zeros trimmed.</summary>
    public static string Number(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="confidence"/> clamped to 0..1 and rounded to two decimals, midpoints away from zero;
    /// NaN becomes 0.
    /// </summary>
    public static decimal Confidence(double confidence)
    {
        if (double.IsNaN(confidence))
        {
            return 0m;
        }

        var clamped = Math.Clamp(confidence, 0d, 1d);
        return Normalize(Math.Round((decimal)clamped, 2, MidpointRounding.AwayFromZero));
    }

    /// <summary>ISO 8601 calendar date: <c>2024-03-14</c>.</summary>
    public static string Date(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    /// <summary>The pattern of <see cref="Date"/>.</summary>
    public const string DatePattern = "yyyy-MM-dd";

    /// <summary>
    /// ISO 8601 date and time with offset: <c>2024-03-14T09:30:00+01:00</c>; fractional seconds only when present,
    /// without trailing zeros.
    /// </summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.ToString(TimestampPattern, CultureInfo.InvariantCulture);

    /// <summary>The pattern of <see cref="Timestamp"/>, also for parsing it back.</summary>
    public const string TimestampPattern = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    /// <summary>A limit as a diagnostic shows it: "30 s", "250 ms".</summary>
    public static string Limit(TimeSpan limit) => limit >= TimeSpan.FromSeconds(1)
        ? string.Create(CultureInfo.InvariantCulture, $"{limit.TotalSeconds:0.###} s")
        : string.Create(CultureInfo.InvariantCulture, $"{limit.TotalMilliseconds:0.###} ms");
}
