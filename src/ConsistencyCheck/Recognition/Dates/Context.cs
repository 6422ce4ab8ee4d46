namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// When a weak reading (a bare year, "May", "sun", "11/20", "the 18th") may stand: after a preposition or scope
/// word, or next to another date; and never when a counted noun follows the year ("in 2000 homes").
/// </summary>
internal static class Context
{
    /// <summary>True when the words before <paramref name="i"/> make a weak reading at <paramref name="i"/> a date.</summary>
    public static bool Supports(DateScanner s, int i, int previousEnd)
    {
        var before = i - 1;
        if (s.Is(before, DateWord.The) && before > 0)
        {
            // "of the 2019 report", "in the nineties".
            before--;
        }

        if (before < 0)
        {
            return s.Count <= 3;
        }

        if (before == previousEnd - 1 || (previousEnd > 0 && before == previousEnd && (s.Is(before, DateWord.And) || s.Is(before, DateWord.Or) || s.IsSymbol(before, ','))))
        {
            // Next to a date just read: "in 2007 and 2009", "11/20, 11/22 or 11/25".
            return true;
        }

        return s.Lex(before).Word is DateWord.In or DateWord.On or DateWord.Of or DateWord.Since or DateWord.From or DateWord.During
            or DateWord.Till or DateWord.By or DateWord.Before or DateWord.After or DateWord.Through or DateWord.Between
            or DateWord.Early or DateWord.Late or DateWord.Mid or DateWord.For or DateWord.Not || s.Month(before) > 0;
    }

    /// <summary>
    /// True when a counted noun follows a bare year, making it an amount: a lower-case plural-looking word
    /// ("2000 homes", "1950 votes") or "people"/"children"/"police"; or when it opens a number range.
    /// </summary>
    public static bool IsCounted(DateScanner s, DateValue value, int next)
    {
        // "between 2000 and 3000 people": the first end of a number range (a year range would have been read whole).
        if (value.Grain == DateGrain.Year && (s.Is(next, DateWord.And) || s.Is(next, DateWord.To) || s.Is(next, DateWord.Or) || s.IsSymbol(next, '-')) &&
            s.IsNumber(next + 1) && !(s.IsNumber(next + 1, 4) && s[next + 1].Number is >= 1900 and <= 2100))
        {
            return true;
        }

        if (value.Grain != DateGrain.Year || !s.IsWord(next) || s.Lex(next).Word != DateWord.None || s.Lex(next).Month > 0)
        {
            return false;
        }

        var word = s.TextOf(next);
        if (!char.IsLower(word[0]))
        {
            return false;
        }

        return (word.Length > 3 && word[^1] == 's' && word[^2] != 's' && !word.EndsWith("ous", StringComparison.Ordinal)) ||
            word.Equals("people", StringComparison.Ordinal) || word.Equals("children", StringComparison.Ordinal) ||
            word.Equals("police", StringComparison.Ordinal) || word.Equals("men", StringComparison.Ordinal) ||
            word.Equals("women", StringComparison.Ordinal) || word.Equals("staff", StringComparison.Ordinal);
    }
}
