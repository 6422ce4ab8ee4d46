using ConsistencyCheck.Recognition.Lexicons;
using ConsistencyCheck.Recognition.Numbers;

namespace ConsistencyCheck.Recognition.Quantities;

/// <summary>
/// Finds the unit of a figure: a currency sign or code before it ("$", "US$", "£", "EUR"), a unit after it
/// ("140 km", "2.5-mile", "40 euros", "34-year-old", "40C"), or an age lead ("aged 61").
/// </summary>
internal static class UnitReader
{
    /// <summary>A currency written before a figure.</summary>
    /// <param name="Unit">The currency, or null when none is written.</param>
    /// <param name="Start">Where the figure's phrase starts (the sign, or the figure itself when there is none).</param>
    /// <param name="Multiplier">1000000 for "MAUD 60", otherwise 1.</param>
    public readonly record struct Prefix(Unit? Unit, int Start, decimal Multiplier);

    private static readonly Unit PoundSterling = new("Pound", "Currency", "GBP");
    private static readonly UnitEntry PoundsMoney = new("pounds", PoundSterling, EntityType.Currency, false, false);
    private static readonly UnitEntry PoundMoney = new("pound", PoundSterling, EntityType.Currency, false, false);

    /// <summary>
    /// The currency sign or code just before <paramref name="start"/>, where it starts, and what it multiplies the figure by
    /// (1000000 for "MAUD 60"); or (null, -1, 1).
    /// </summary>
    public static (Unit? Unit, int Start, decimal Multiplier) ReadPrefix(ReadOnlySpan<char> text, int start)
    {
        var k = TextScan.SkipSpacesLeft(text, start);
        if (k == 0 || !(char.IsSymbol(text[k - 1]) || char.IsLetter(text[k - 1]) || text[k - 1] == '.'))
        {
            return (null, -1, 1m);
        }

        var letter = char.IsLetter(text[k - 1]);
        var lastChar = char.ToLowerInvariant(text[k - 1]);
        foreach (var (surface, unit, multiplier) in UnitLexicon.Prefixes)
        {
            if (surface[^1] != lastChar)
            {
                continue;
            }

            var s = TextScan.MatchBefore(text, start, surface);
            if (s < 0)
            {
                continue;
            }

            // Codes written in letters are upper case ("EUR 5", "MAUD 60") or all lower case ("rmb 10"), never "Cad 5" (but "Rs 5");
            // "cad" is also a word, so it counts only in capitals. Signs may be spaced from the digits ("$ 75").
            if (letter && !IsCodeCase(text[s..k], surface, multiplier))
            {
                continue;
            }

            return (unit, s, multiplier);
        }

        return (null, -1, 1m);
    }

    private static bool IsCodeCase(ReadOnlySpan<char> written, string surface, decimal multiplier)
    {
        if (surface is "rs")
        {
            // "Rs 500 crore": the rupee abbreviation is written in title case.
            return true;
        }

        if (multiplier != 1 || surface is "cad")
        {
            return !written.ContainsAnyInRange('a', 'z');
        }

        return !written.ContainsAnyInRange('a', 'z') || !written.ContainsAnyInRange('A', 'Z');
    }

    /// <summary>"aged 61", "age 87": an age lead before the figure; returns its start or -1.</summary>
    public static int ReadAgeLead(ReadOnlySpan<char> text, int start)
    {
        var s = TextScan.MatchBefore(text, start, "aged");
        return s >= 0 ? s : TextScan.MatchBefore(text, start, "age");
    }

    /// <summary>The unit written after a figure ending at <paramref name="end"/>; or (null, -1).</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="end">End of the figure (its scale word included).</param>
    /// <param name="scaled">True when a scale word was read ("361 million pounds" is money, "2,204 pounds" is weight).</param>
    public static (UnitEntry? Entry, int End) ReadSuffix(ReadOnlySpan<char> text, int end, bool scaled)
    {
        var best = Match(text, end, end, scaled);
        if (best.Entry is not null)
        {
            return best;
        }

        var k = TextScan.SkipSpaces(text, end);
        if (k < text.Length && TextScan.IsDash(text[k]))
        {
            k = TextScan.SkipSpaces(text, k + 1);
        }
        else if (k < text.Length && text[k] is '(' or '[' or '{' or '<')
        {
            // "20 (kg)": a bracketed unit.
            var inner = Match(text, k + 1, -1, scaled);
            if (inner.Entry is not null && inner.End < text.Length && text[inner.End] is ')' or ']' or '}' or '>')
            {
                return (inner.Entry, inner.End + 1);
            }

            return (null, -1);
        }

        return k > end ? Match(text, k, end, scaled) : (null, -1);
    }

    private static (UnitEntry? Entry, int End) Match(ReadOnlySpan<char> text, int k, int figureEnd, bool scaled)
    {
        if (k >= text.Length || !UnitLexicon.ByFirstChar.TryGetValue(char.ToLowerInvariant(text[k]), out var entries))
        {
            return (null, -1);
        }

        foreach (var entry in entries)
        {
            if (entry.AttachedOnly && k != figureEnd)
            {
                continue;
            }

            var e = TextScan.MatchAt(text, k, entry.Lower);
            if (e < 0 || (entry.CaseSensitive && !text[k..e].SequenceEqual(entry.Surface)))
            {
                continue;
            }

            // A symbol ending in a non-letter ("°", "km/h") still must not run into a word ("°Cs" is fine to stop at).
            if (e < text.Length && (TextScan.IsLetter(text[e]) || (TextScan.IsDigit(text[e]) && char.IsLetterOrDigit(entry.Surface[^1]))) && !TextScan.IsLetter(entry.Surface[^1]))
            {
                continue;
            }

            // "1 $10": a sign followed by digits belongs to the next figure.
            if (entry.Surface is "$" or "€" or "£" or "₿" && TextScan.SkipSpaces(text, e) is var after && after < text.Length && TextScan.IsDigit(text[after]))
            {
                continue;
            }

            if (entry.Surface is "pounds" or "pound" && scaled)
            {
                return (entry.Surface == "pounds" ? PoundsMoney : PoundMoney, e);
            }

            return (entry, e);
        }

        return (null, -1);
    }
}
