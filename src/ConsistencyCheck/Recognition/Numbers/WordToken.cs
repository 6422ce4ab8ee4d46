using ConsistencyCheck.Recognition.Lexicons;

namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>One word read by <see cref="WordNumberScanner"/>: where it is and, if it is a number word, what it is.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">Just past the last letter.</param>
/// <param name="Word">The lexicon entry, when <paramref name="IsNumber"/>.</param>
/// <param name="IsNumber">True when the word is in <see cref="NumberLexicon"/>.</param>
/// <param name="Text">Marker for the glue words the grammar needs: 'a' (a/an), '&amp;' (and), '.' (point), or '\0'.</param>
internal readonly record struct WordToken(int Start, int End, NumberWord Word, bool IsNumber, char Text)
{
    /// <summary>True when no word was read.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>Reads the word starting at <paramref name="i"/> (a letter), or an empty token.</summary>
    public static WordToken Read(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || !TextScan.IsLetter(text[i]) || (i > 0 && TextScan.IsLetter(text[i - 1])))
        {
            return default;
        }

        var end = TextScan.WordEnd(text, i);
        if (end < text.Length && TextScan.IsDigit(text[end]))
        {
            return default;
        }

        Span<char> buffer = stackalloc char[NumberLexicon.MaxWordLength];
        if (!TextScan.TryLower(text[i..end], buffer, out var lower))
        {
            return new WordToken(i, end, default, false, '\0');
        }

        if (NumberLexicon.TryGet(lower, out var word))
        {
            return new WordToken(i, end, word, true, '\0');
        }

        var glue = lower switch
        {
            "a" or "an" => 'a',
            "and" => '&',
            "point" => '.',
            _ => '\0',
        };
        return new WordToken(i, end, default, false, glue);
    }

    /// <summary>
    /// Reads the next word after <paramref name="end"/> if only spaces or one hyphen (with optional spaces) separate
    /// them; <paramref name="hyphenated"/> tells which.
    /// </summary>
    public static WordToken ReadNext(ReadOnlySpan<char> text, int end, out bool hyphenated)
    {
        hyphenated = false;
        var k = TextScan.SkipSpaces(text, end);
        if (k < text.Length && TextScan.IsDash(text[k]) && text[k] != '\u2014')
        {
            hyphenated = true;
            k = TextScan.SkipSpaces(text, k + 1);
        }
        else if (k == end)
        {
            return default;
        }

        return Read(text, k);
    }

    /// <summary>True when a hyphen, no space around it, joins the word ending at <paramref name="end"/> to a word that is not a number word.</summary>
    public static bool JoinedToWord(ReadOnlySpan<char> text, int end)
    {
        if (end + 1 >= text.Length || text[end] != '-' || !char.IsLetter(text[end + 1]))
        {
            return false;
        }

        var next = Read(text, end + 1);
        return !next.IsEmpty && !next.IsNumber;
    }
}
