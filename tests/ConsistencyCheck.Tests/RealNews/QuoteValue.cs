using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ConsistencyCheck.Tests.RealNews;

/// <summary>
/// The value an annotated quote states, read by a small parser of its own so the recognizer is never scored against
/// itself (docs/evaluation.md § 10): hedge words dropped, then one figure ("nearly 55,000" → 55000, "$4.1 million" →
/// 4100000, "Forty-one" → 41, "two-thirds" → 0.667, "an hour" → 1) or two endpoints ("40-60 hours", "about $800 to
/// $1,000", "40- to 60-hour"); no endpoints for a quote that states no figure ("dozens", "a majority").
/// </summary>
/// <param name="Endpoints">One value, two for a range, none when the quote states no figure.</param>
/// <param name="Step">Half of this is the tolerance: the place value of the last digit written, times its scale word.</param>
/// <param name="IsFraction">True when the figure is a fraction written in words ("two-thirds", "half"): compared within 0.5 %, as a fraction or in percent.</param>
/// <param name="UnitWords">The words of the quote that are neither hedge nor number ("months", "page", "year" of "6-year-old").</param>
public sealed partial record QuoteValue(ImmutableArray<decimal> Endpoints, decimal Step, bool IsFraction, ImmutableArray<string> UnitWords)
{
    private static readonly string[] Hedges =
    [
        "a little more than", "more than", "more that", "less than", "fewer than", "at least", "at most", "up to", "no more than",
        "about", "nearly", "almost", "roughly", "perhaps", "around", "approximately", "some", "over", "under", "within",
        "just", "between", "an estimated", "or more", "or so", "later", "plus", "-plus",
    ];

    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["a"] = 1, ["an"] = 1, ["dozen"] = 12, ["couple"] = 2, ["twice"] = 2, ["double"] = 2,
    };

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["trillion"] = 1_000_000_000_000,
    };

    private static readonly Dictionary<string, int> Denominators = new(StringComparer.Ordinal)
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fourth"] = 4,
        ["fourths"] = 4, ["fifth"] = 5, ["fifths"] = 5, ["tenth"] = 10, ["tenths"] = 10,
    };

    // Words that make a quote state no figure.
    private static readonly HashSet<string> Vague = new(StringComparer.Ordinal)
    {
        "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "tens", "handful", "few", "several", "decades",
        "majority",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "of", "simple", "and", "to", "or", "old", "long", "the", "percent" };

    /// <summary>True when the quote states at least one value.</summary>
    public bool HasValue => !Endpoints.IsEmpty;

    /// <summary>Reads <paramref name="quote"/>.</summary>
    public static QuoteValue Parse(string quote)
    {
        var text = " " + quote.ToLowerInvariant().Replace('\u2013', '-').Replace('\u2014', '-').Replace("per cent", "percent", StringComparison.Ordinal) + " ";
        foreach (var hedge in Hedges)
        {
            text = text.Replace(hedge.StartsWith('-') ? hedge : " " + hedge + " ", " ", StringComparison.Ordinal);
        }

        // "40-60 hours", "40- to 60-hour", "$800 to $1,000", "between 20 and 30": two endpoints.
        var parts = RangeSeparator().Split(text.Trim());
        var endpoints = ImmutableArray.CreateBuilder<decimal>();
        var words = ImmutableArray.CreateBuilder<string>();
        decimal step = 0;
        var fraction = false;
        foreach (var part in parts.Length == 2 ? parts : [text])
        {
            if (ReadFigure(part, words, ref step, ref fraction) is { } value)
            {
                endpoints.Add(value);
            }
        }

        return new QuoteValue(endpoints.Count == parts.Length || endpoints.Count == 1 ? endpoints.ToImmutable() : [], step, fraction, words.ToImmutable());
    }

    /// <summary>True when <paramref name="predicted"/> states the same value(s), within the quote's rounding.</summary>
    public bool Matches(IReadOnlyList<decimal> predicted, bool asShare)
    {
        if (predicted.Count != Endpoints.Length)
        {
            return false;
        }

        for (var i = 0; i < predicted.Count; i++)
        {
            if (!Close(Endpoints[i], predicted[i]) && !(asShare && IsFraction && Close(Endpoints[i], predicted[i] / 100m)))
            {
                return false;
            }
        }

        return true;
    }

    private bool Close(decimal gold, decimal value)
    {
        var tolerance = IsFraction ? Math.Abs(gold) * 0.005m : Step / 2;
        return Math.Abs(gold - value) <= Math.Max(tolerance, 0.000001m);
    }

    private static decimal? ReadFigure(string part, ImmutableArray<string>.Builder words, ref decimal step, ref bool fraction)
    {
        decimal? value = null;
        decimal scale = 1;
        int? numerator = null;
        var previousWasNumber = false;
        var tokens = part.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Any(t => Vague.Contains(t.Trim(',', '.'))))
        {
            return null;
        }

        var unitWords = words.Count;
        foreach (var raw in tokens)
        {
            var token = raw.Trim('$', '£', '€', '%', ',', '.', '\'', '"');
            if (DigitFigure().Match(raw) is { Success: true } digits)
            {
                var written = digits.Value.Replace(",", string.Empty, StringComparison.Ordinal);
                value = decimal.Parse(written, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                var decimals = written.Contains('.', StringComparison.Ordinal) ? written.Length - written.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
                step = 1m / Pow10(decimals);
                AddWord(words, raw[(digits.Index + digits.Length)..]);
            }
            else if (Units.TryGetValue(token, out var unit))
            {
                numerator = unit;
                var compound = previousWasNumber && value is { } v && v > 0 && ((v % 10 == 0 && unit < 10) || (v % 100 == 0 && unit < 100));
                value = (compound ? value : 0) + unit;
                step = 1;
                previousWasNumber = true;
                continue;
            }
            else if (Scales.TryGetValue(token, out var s))
            {
                value = (value ?? 1) * s;
                scale = s;
                previousWasNumber = true;
                continue;
            }
            else if (Denominators.TryGetValue(token, out var denominator))
            {
                value = (decimal)(numerator ?? 1) / denominator;
                fraction = true;
            }
            else if (!Skipped.Contains(token))
            {
                AddWord(words, token);
            }

            previousWasNumber = false;
        }

        if (value is null && words.Count > unitWords)
        {
            // "hour-long": a unit word with no number states one of it.
            value = 1;
            step = 1;
        }

        step *= scale;
        return value;
    }

    private static void AddWord(ImmutableArray<string>.Builder words, string word)
    {
        var letters = word.Trim('-', '$', '%', ',', '.');
        if (letters.Length > 0 && letters.All(char.IsLetter) && !Skipped.Contains(letters))
        {
            words.Add(letters);
        }
    }

    private static decimal Pow10(int exponent)
    {
        decimal result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    [GeneratedRegex(@"(?<=[0-9a-z%])(?:-? to |-(?=[$0-9]))|^between | and ", RegexOptions.CultureInvariant)]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"[0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex DigitFigure();
}
