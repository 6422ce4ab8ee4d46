namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>
/// Reads the hedge or bound around a figure: words to its left ("nearly", "more than", "up to") and a few to its
/// right ("or more", "or so", "35+").
/// </summary>
internal static class HedgeReader
{
    private static readonly (string Phrase, Qualifier Qualifier)[] Left =
    [
        ("greater than or equal to", Qualifier.AtLeast), ("more than or equal to", Qualifier.AtLeast), ("equal to or more than", Qualifier.AtLeast),
        ("equal to or greater than", Qualifier.AtLeast), ("at least or equal to", Qualifier.AtLeast), ("bigger or equal than", Qualifier.AtLeast),
        ("higher or equal than", Qualifier.AtLeast), ("no fewer than", Qualifier.AtLeast), ("no less than", Qualifier.AtLeast),
        ("not less than", Qualifier.AtLeast), ("not fewer than", Qualifier.AtLeast), ("a minimum of", Qualifier.AtLeast), ("at least", Qualifier.AtLeast),
        (">=", Qualifier.AtLeast), ("≥", Qualifier.AtLeast),
        ("less than or equal to", Qualifier.AtMost), ("equal to or less than", Qualifier.AtMost), ("equal to or fewer than", Qualifier.AtMost),
        ("smaller or equal than", Qualifier.AtMost), ("lower or equal than", Qualifier.AtMost), ("less or equal than", Qualifier.AtMost),
        ("no more than", Qualifier.AtMost), ("not more than", Qualifier.AtMost), ("no greater than", Qualifier.AtMost),
        ("a maximum of", Qualifier.AtMost), ("at most", Qualifier.AtMost), ("<=", Qualifier.AtMost), ("< =", Qualifier.AtMost), ("≤", Qualifier.AtMost),
        ("in excess of", Qualifier.MoreThan), ("upwards of", Qualifier.MoreThan), ("more than", Qualifier.MoreThan), ("greater than", Qualifier.MoreThan),
        ("larger than", Qualifier.MoreThan), ("higher than", Qualifier.MoreThan), ("bigger than", Qualifier.MoreThan), ("just over", Qualifier.MoreThan),
        ("well over", Qualifier.MoreThan), ("just above", Qualifier.MoreThan), ("well above", Qualifier.MoreThan), ("north of", Qualifier.MoreThan),
        ("exceeding", Qualifier.MoreThan), ("exceeds", Qualifier.MoreThan), ("exceeded", Qualifier.MoreThan), ("exceed", Qualifier.MoreThan),
        ("surpassing", Qualifier.MoreThan), ("surpass", Qualifier.MoreThan), ("over", Qualifier.MoreThan), ("above", Qualifier.MoreThan),
        ("a little over", Qualifier.MoreThan), ("slightly over", Qualifier.MoreThan), ("a little more than", Qualifier.MoreThan),
        ("slightly more than", Qualifier.MoreThan), ("upward of", Qualifier.MoreThan), ("a little above", Qualifier.MoreThan), ("slightly above", Qualifier.MoreThan),
        (">", Qualifier.MoreThan),
        ("fewer than", Qualifier.LessThan), ("less than", Qualifier.LessThan), ("smaller than", Qualifier.LessThan), ("lower than", Qualifier.LessThan),
        ("well under", Qualifier.LessThan), ("well below", Qualifier.LessThan), ("under", Qualifier.LessThan), ("below", Qualifier.LessThan),
        ("slightly less than", Qualifier.LessThan), ("slightly fewer than", Qualifier.LessThan), ("a little less than", Qualifier.LessThan),
        ("<", Qualifier.LessThan),
        ("just under", Qualifier.Nearly), ("just below", Qualifier.Nearly), ("just shy of", Qualifier.Nearly), ("close to", Qualifier.Nearly),
        ("nearly", Qualifier.Nearly), ("almost", Qualifier.Nearly), ("not quite", Qualifier.Nearly), ("just short of", Qualifier.Nearly),
        ("a little under", Qualifier.Nearly), ("slightly under", Qualifier.Nearly), ("a little below", Qualifier.Nearly), ("the best part of", Qualifier.Nearly),
        ("in the region of", Qualifier.Approximate), ("on the order of", Qualifier.Approximate), ("an estimated", Qualifier.Approximate),
        ("approximately", Qualifier.Approximate), ("an approximate", Qualifier.Approximate), ("approx.", Qualifier.Approximate),
        ("roughly", Qualifier.Approximate), ("around", Qualifier.Approximate), ("about", Qualifier.Approximate), ("some", Qualifier.Approximate),
        ("circa", Qualifier.Approximate), ("estimated", Qualifier.Approximate), ("an average of", Qualifier.Approximate),
        ("more or less", Qualifier.Approximate), ("give or take", Qualifier.Approximate), ("in the order of", Qualifier.Approximate),
        ("as many as", Qualifier.UpTo), ("as much as", Qualifier.UpTo), ("as high as", Qualifier.UpTo), ("up to", Qualifier.UpTo),
        ("exactly", Qualifier.Exact), ("precisely", Qualifier.Exact), ("equal to", Qualifier.Exact), ("equals to", Qualifier.Exact),
        ("equals", Qualifier.Exact), ("equaling to", Qualifier.Exact),
    ];

    private static readonly (string Phrase, Qualifier Qualifier)[] Right =
    [
        (" or more", Qualifier.AtLeast), (" or above", Qualifier.AtLeast), (" or greater", Qualifier.AtLeast), (" or higher", Qualifier.AtLeast),
        (" and more", Qualifier.AtLeast), (" and above", Qualifier.AtLeast), (" or over", Qualifier.AtLeast), (" or less", Qualifier.AtMost),
        (" or fewer", Qualifier.AtMost), (" or below", Qualifier.AtMost), (" or under", Qualifier.AtMost), (" or so", Qualifier.Approximate),
        ("-plus", Qualifier.MoreThan), ("+", Qualifier.AtLeast),
    ];

    private static readonly string[] OrEqual = [" or equal to", " or equal"];

    // Phrases grouped by their last word, so a figure costs one lookup of the word before it.
    private static readonly System.Collections.Frozen.FrozenDictionary<string, (string Phrase, Qualifier Qualifier)[]> ByLastWord =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(
            Left.Where(p => char.IsLetter(p.Phrase[^1])).GroupBy(p => p.Phrase[(p.Phrase.LastIndexOf(' ') + 1)..]),
            g => g.Key,
            g => g.ToArray(),
            StringComparer.Ordinal);

#if NET9_0_OR_GREATER
    // Declared after the dictionary: static fields are initialized in order.
    private static readonly System.Collections.Frozen.FrozenDictionary<string, (string Phrase, Qualifier Qualifier)[]>.AlternateLookup<ReadOnlySpan<char>> ByLastWordLookup =
        ByLastWord.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    private static readonly (string Phrase, Qualifier Qualifier)[] Symbols = [.. Left.Where(p => !char.IsLetter(p.Phrase[^1]))];

    private static bool TryGetByLastWord(ReadOnlySpan<char> lower, out (string Phrase, Qualifier Qualifier)[] candidates)
    {
#if NET9_0_OR_GREATER
        return ByLastWordLookup.TryGetValue(lower, out candidates!);
#else
        return ByLastWord.TryGetValue(lower.ToString(), out candidates!);
#endif
    }

    /// <summary>The hedge written just before <paramref name="start"/>, with where it starts; or (Exact, -1).</summary>
    public static (Qualifier Qualifier, int Start) ReadLeft(ReadOnlySpan<char> text, int start)
    {
        var best = -1;
        var qualifier = Qualifier.Exact;
        var k = TextScan.SkipSpacesLeft(text, start);
        if (k == 0)
        {
            return (qualifier, best);
        }

        var candidates = Symbols;
        if (TextScan.IsLetter(text[k - 1]))
        {
            Span<char> buffer = stackalloc char[16];
            if (!TextScan.TryLower(text[TextScan.WordStart(text, k)..k], buffer, out var lower) || !TryGetByLastWord(lower, out candidates))
            {
                return (qualifier, best);
            }
        }

        foreach (var (phrase, q) in candidates)
        {
            var s = TextScan.MatchBefore(text, start, phrase);
            if (s > 0 && !char.IsLetter(phrase[0]) && text[s - 1] is '<' or '>' or '=')
            {
                continue;
            }

            if (s >= 0 && (best < 0 || s < best))
            {
                best = s;
                qualifier = q;
            }
        }

        return (qualifier, best);
    }

    /// <summary>The hedge written just after <paramref name="end"/>, with where it ends; or (Exact, -1).</summary>
    public static (Qualifier Qualifier, int End) ReadRight(ReadOnlySpan<char> text, int end)
    {
        // Every right-hand hedge starts with "or", "and", a dash or a plus sign.
        var first = TextScan.SkipSpaces(text, end);
        if (first >= text.Length || ((text[first] | 0x20) is not ('o' or 'a') && !TextScan.IsDash(text[first]) && text[first] != '+'))
        {
            return (Qualifier.Exact, -1);
        }

        foreach (var (phrase, q) in Right)
        {
            var e = TextScan.MatchAt(text, end, phrase);
            if (e < 0 || (phrase == "+" && e < text.Length && TextScan.IsDigit(text[e])))
            {
                continue;
            }

            // "200 or more than 300" compares with the next figure; "200 or greater than" at the end of a clause is a bound.
            if (TextScan.MatchAt(text, e, " than") is > 0 and var than)
            {
                var k = TextScan.SkipSpaces(text, than);
                if (k < text.Length && char.IsLetterOrDigit(text[k]))
                {
                    continue;
                }

                e = than;
            }

            return (q, e);
        }

        return (Qualifier.Exact, -1);
    }

    /// <summary>
    /// Turns a strict bound into an inclusive one when "or equal (to)" follows the figure ending at <paramref name="end"/>:
    /// "less than 5000 or equal" is at most 5000. Returns the new qualifier and the end of the phrase, or (<paramref name="left"/>, -1).
    /// </summary>
    public static (Qualifier Qualifier, int End) ReadOrEqual(ReadOnlySpan<char> text, int end, Qualifier left)
    {
        if (left is not (Qualifier.MoreThan or Qualifier.LessThan))
        {
            return (left, -1);
        }

        foreach (var phrase in OrEqual)
        {
            if (TextScan.MatchAt(text, end, phrase) is > 0 and var e)
            {
                return (left == Qualifier.MoreThan ? Qualifier.AtLeast : Qualifier.AtMost, e);
            }
        }

        return (left, -1);
    }
}
