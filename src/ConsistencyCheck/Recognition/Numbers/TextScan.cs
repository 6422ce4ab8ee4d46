namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>Small allocation-free helpers over the text: word boundaries, spaces, case-insensitive phrase matches.</summary>
internal static class TextScan
{
    /// <summary>True for an ASCII digit.</summary>
    public static bool IsDigit(char c) => unchecked((uint)(c - '0')) <= 9;

    /// <summary>True for a letter (any script).</summary>
    public static bool IsLetter(char c) => char.IsLetter(c);

    /// <summary>True for a horizontal space: ASCII space, tab, no-break, thin and narrow no-break spaces.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u2009' or '\u202F' or '\u2007';

    /// <summary>True for a hyphen or dash that can join words or figures.</summary>
    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014';

    /// <summary>Offset of the first non-space at or after <paramref name="i"/>.</summary>
    public static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Offset just after the last non-space before <paramref name="end"/> (skipping spaces leftwards).</summary>
    public static int SkipSpacesLeft(ReadOnlySpan<char> text, int end)
    {
        while (end > 0 && IsSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>End of the run of letters starting at <paramref name="i"/>.</summary>
    public static int WordEnd(ReadOnlySpan<char> text, int i)
    {
        // Words are short: a scalar loop over ASCII letters beats a vectorized search here; other letters take the slow test.
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsAsciiLetter(c) && (c < '\u0080' || !IsLetter(c)))
            {
                return i;
            }

            i++;
        }

        return i;
    }

    /// <summary>Start of the run of letters ending at <paramref name="end"/>.</summary>
    public static int WordStart(ReadOnlySpan<char> text, int end)
    {
        while (end > 0 && IsLetter(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// If <paramref name="phrase"/> (lower case, single spaces) is written at <paramref name="i"/>, ignoring case,
    /// with any run of spaces for each space and a word boundary after it, returns its end; otherwise -1.
    /// </summary>
    public static int MatchAt(ReadOnlySpan<char> text, int i, string phrase)
    {
        var p = 0;
        while (p < phrase.Length)
        {
            if (phrase[p] == ' ')
            {
                if (i >= text.Length || !IsSpace(text[i]))
                {
                    return -1;
                }

                i = SkipSpaces(text, i);
                p++;
                continue;
            }

            if (i >= text.Length || char.ToLowerInvariant(text[i]) != phrase[p])
            {
                return -1;
            }

            i++;
            p++;
        }

        if (i < text.Length && IsLetter(phrase[^1]) && (IsLetter(text[i]) || IsDigit(text[i])))
        {
            return -1;
        }

        return i;
    }

    /// <summary>
    /// If <paramref name="phrase"/> ends just before <paramref name="end"/> (spaces between allowed), ignoring case,
    /// with a word boundary before it, returns its start; otherwise -1.
    /// </summary>
    public static int MatchBefore(ReadOnlySpan<char> text, int end, string phrase)
    {
        var i = SkipSpacesLeft(text, end);
        var p = phrase.Length - 1;
        while (p >= 0)
        {
            if (phrase[p] == ' ')
            {
                if (i == 0 || !IsSpace(text[i - 1]))
                {
                    return -1;
                }

                i = SkipSpacesLeft(text, i);
                p--;
                continue;
            }

            if (i == 0 || char.ToLowerInvariant(text[i - 1]) != phrase[p])
            {
                return -1;
            }

            i--;
            p--;
        }

        if (i > 0 && IsLetter(phrase[0]) && (IsLetter(text[i - 1]) || IsDigit(text[i - 1])))
        {
            return -1;
        }

        return i;
    }

    /// <summary>Copies <paramref name="word"/> lower-cased into <paramref name="buffer"/>; false when it does not fit.</summary>
    public static bool TryLower(ReadOnlySpan<char> word, Span<char> buffer, out ReadOnlySpan<char> lower)
    {
        if (word.Length > buffer.Length)
        {
            lower = default;
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            buffer[k] = char.ToLowerInvariant(word[k]);
        }

        lower = buffer[..word.Length];
        return true;
    }

    /// <summary>True when the letter run at [start, end) starts with an upper-case letter.</summary>
    public static bool IsCapitalized(ReadOnlySpan<char> text, int start, int end) => end > start && char.IsUpper(text[start]);
}
