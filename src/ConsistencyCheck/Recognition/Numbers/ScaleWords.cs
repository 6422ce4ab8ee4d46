namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>
/// Scale words and abbreviations that multiply a digit literal: "1.2 million", "3bn", "£2bln", "10k", "$800m".
/// </summary>
internal static class ScaleWords
{
    private static readonly string[] CountNouns = ["people", "more", "extra", "additional", "new", "children", "women", "men"];

    /// <summary>
    /// True when a lower-case "m" glued at <paramref name="i"/> is followed by a counted noun: a plural ("4.5m passengers")
    /// or a word such as "people" or "more". "1.5m tall", "2.5m deep", "1.5m across" stay metres.
    /// </summary>
    public static bool IsMillionsBeforeNoun(ReadOnlySpan<char> text, int i)
    {
        if (i + 2 >= text.Length || text[i] != 'm' || text[i + 1] != ' ' || !char.IsAsciiLetterLower(text[i + 2]))
        {
            return false;
        }

        var word = text[(i + 2)..TextScan.WordEnd(text, i + 2)];
        if (word.Length < 3 || word is "across" or "metres" or "meters" or "miles" or "inches" or "feet" or "yards")
        {
            return false;
        }

        if (word[^1] == 's' && word[^2] != 's')
        {
            return true;
        }

        foreach (var noun in CountNouns)
        {
            if (word.SequenceEqual(noun))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads a scale written right after a literal ending at <paramref name="i"/>. "attached" means
    /// when no space separates them. Lower-case "m" and "b" count only when <paramref name="money"/> is true
    /// (after a currency sign: "$800m") or when attached and upper-case ("10M", "1.2B"): "1m" alone is a metre.
    /// </summary>
    /// <returns>The multiplier and the end of the scale word, or (0, -1).</returns>
    public static (decimal Scale, int End) Read(ReadOnlySpan<char> text, int i, bool money)
    {
        var start = TextScan.SkipSpaces(text, i);
        var attached = start == i;
        if (start >= text.Length || !TextScan.IsLetter(text[start]))
        {
            return (0, -1);
        }

        var end = TextScan.WordEnd(text, start);
        if (end < text.Length && TextScan.IsDigit(text[end]))
        {
            return (0, -1);
        }

        var word = text[start..end];
        Span<char> buffer = stackalloc char[12];
        if (!TextScan.TryLower(word, buffer, out var lower))
        {
            return (0, -1);
        }

        var scale = lower switch
        {
            "hundred" => 100m,
            "thousand" => 1_000m,
            "million" or "mln" or "mn" or "mil" or "mio" => 1_000_000m,
            "billion" or "bn" or "bln" => 1_000_000_000m,
            "trillion" or "tn" or "tln" or "trn" => 1_000_000_000_000m,
            "lakh" or "lakhs" => 100_000m,
            "dozen" or "dozens" or "dz" or "dzs" or "doz" or "dozs" => 12m,
            "crore" or "crores" => 10_000_000m,
            "k" when attached || word[0] == 'k' => 1_000m,
            "mm" when word is "MM" => 1_000_000m,
            "m" when money || (attached && word[0] == 'M') => 1_000_000m,
            "b" when money || attached => 1_000_000_000m,
            _ => 0m,
        };

        if (scale == 0)
        {
            return (0, -1);
        }

        // "10k." is fine, but "10kg" or "3mm" must not be read as a scale: the letter run above already ended.
        return (scale, end);
    }
}
