namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>
/// Reads two figures as one range: "20 to 30", "20-30", "20–30", "between 20 and 30", "from 140 to 175",
/// "two or three", "$20-$30 million" (the scale of the second bound carries to the first when the first has none).
/// </summary>
internal static class RangeReader
{
    /// <summary>A range read from two figures.</summary>
    /// <param name="Start">Start of the phrase ("between" and "from" included).</param>
    /// <param name="Low">The lower bound.</param>
    /// <param name="High">The upper bound.</param>
    /// <param name="IsScore">True for "3-1": a result, not a range.</param>
    public readonly record struct Match(int Start, decimal Low, decimal High, bool IsScore);

    /// <summary>Tries to read <paramref name="a"/> and <paramref name="b"/> as a range; <paramref name="aStart"/> is where the first bound's phrase starts (its currency sign included).</summary>
    public static bool TryRead(ReadOnlySpan<char> text, Figure a, int aStart, Figure b, out Match match)
    {
        match = default;
        if (!a.IsAmount || !b.IsAmount || a.HasSuffix)
        {
            return false;
        }

        var k = TextScan.SkipSpaces(text, a.End);
        var spaced = k > a.End;
        string? connector = null;
        if (k < text.Length && (TextScan.IsDash(text[k]) || text[k] == '~'))
        {
            connector = "-";
            k++;
        }
        else
        {
            foreach (var word in (ReadOnlySpan<string>)["to", "through", "thru", "and", "or"])
            {
                var e = TextScan.MatchAt(text, k, word);
                if (e > 0 && spaced)
                {
                    connector = word;
                    k = e;
                    break;
                }
            }
        }

        if (connector is null)
        {
            return false;
        }

        k = TextScan.SkipSpaces(text, k);
        if (k < text.Length && text[k] is '$' or '£' or '€')
        {
            k = TextScan.SkipSpaces(text, k + 1);
        }

        if (k != b.Start)
        {
            return false;
        }

        var between = TextScan.MatchBefore(text, aStart, "between");
        var from = TextScan.MatchBefore(text, aStart, "from");
        if (connector == "and" && between < 0)
        {
            return false;
        }

        if (connector == "or" && !(a.IsWords && b.IsWords))
        {
            // "two or three" is a range; "20 or 30" too rarely to risk "1 or 2 people" against list readings.
            return false;
        }

        var low = a.Value;
        if (a.Scale == 1 && b.Scale > 1 && DigitScanner.TryMultiply(a.Value, b.Scale, out var scaledLow) && scaledLow < b.Value)
        {
            low = scaledLow;
        }

        if (low >= b.Value)
        {
            var score = connector == "-" && !spaced && a.Value == decimal.Truncate(a.Value) && b.Value == decimal.Truncate(b.Value) && a.Value < 100 && b.Value < 100;
            match = new Match(aStart, a.Value, b.Value, score);
            return score;
        }

        var start = between >= 0 ? between : from >= 0 && connector is "to" or "-" ? from : aStart;
        match = new Match(start, low, b.Value, false);
        return true;
    }
}
