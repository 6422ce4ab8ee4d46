namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Small amounts written in digits or words, as dates and durations use them: cardinals ("twenty-five",
/// "two thousand and fifteen", "18"), ordinals ("31st", "thirty-first", "twenty second") and years in words
/// ("nineteen eighty six", "two thousand and five").
/// </summary>
internal static class NumberWords
{
    /// <summary>Reads a cardinal at <paramref name="i"/>: a digit run (with a value) or number words up to the thousands.</summary>
    public static bool TryCardinal(DateScanner s, int i, out long value, out int next)
    {
        value = 0;
        next = i;
        if (s.IsNumber(i))
        {
            if (s[i].Number < 0)
            {
                return false;
            }

            value = s[i].Number;
            next = i + 1;
            return true;
        }

        long total = 0;
        long current = 0;
        var any = false;
        var j = i;
        while (j < s.Count)
        {
            var c = s.Lex(j).Cardinal;
            if (c < 0 || s.Lex(j).Word == DateWord.About)
            {
                // "some" is a vague amount only on its own ("some days"), handled by the duration grammar.
                break;
            }

            if (c == 100)
            {
                current = (current == 0 ? 1 : current) * 100;
            }
            else if (c == 1000)
            {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            }
            else if (!any || current % 100 == 0 || (current % 100 >= 20 && current % 10 == 0 && c < 10))
            {
                current += c;
            }
            else
            {
                break;
            }

            any = true;
            next = j + 1;
            j++;

            // A hyphen inside "twenty-five", and "and" inside "two thousand and fifteen", join number words.
            if ((s.IsSymbol(j, '-') && s.Glued(j) && s.Lex(j + 1).Cardinal is > 0 and < 10) ||
                (s.Is(j, DateWord.And) && (total > 0 || current >= 100) && s.Lex(j + 1).Cardinal is > 0 and < 100))
            {
                j++;
            }

            if (total + current > 1_000_000)
            {
                return false;
            }
        }

        value = total + current;
        return any;
    }

    /// <summary>
    /// Reads an ordinal at <paramref name="i"/>: digits with a suffix ("4th", "04th", "1st"), an ordinal word
    /// ("first", "twentieth"), or tens and an ordinal word ("twenty second", "thirty-first").
    /// </summary>
    public static bool TryOrdinal(DateScanner s, int i, out int value, out int next)
    {
        value = 0;
        next = i;
        if (s.IsNumber(i) && s.Is(i + 1, DateWord.OrdinalSuffix) && s.Glued(i + 1) && s[i].Number > 0)
        {
            value = s[i].Number;
            next = i + 2;
            return true;
        }

        var cardinal = s.Lex(i).Cardinal;
        if (cardinal is 20 or 30 or 40 or 50 or 60 or 70 or 80 or 90)
        {
            var j = s.IsSymbol(i + 1, '-') ? i + 2 : i + 1;
            var unit = s.Lex(j).Ordinal;
            if (unit is > 0 and < 10)
            {
                value = cardinal + unit;
                next = j + 1;
                return true;
            }
        }

        var ordinal = s.Lex(i).Ordinal;
        if (ordinal > 0)
        {
            value = ordinal;
            next = i + 1;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Reads a day of the month (1-31) at <paramref name="i"/>: an ordinal, one or two digits, or a cardinal in words.
    /// <paramref name="marked"/> is true for an ordinal ("14th", "fourth"), which is more surely a day than a bare number.
    /// </summary>
    public static bool TryDayOfMonth(DateScanner s, int i, out int day, out int next, out bool marked)
    {
        marked = false;
        if (TryOrdinal(s, i, out day, out next))
        {
            marked = true;
            return day is >= 1 and <= 31;
        }

        if (s.IsNumber(i) && s[i].Length <= 2)
        {
            day = s[i].Number;
            next = i + 1;
            return day is >= 1 and <= 31;
        }

        if (s.IsWord(i) && TryCardinal(s, i, out var value, out next) && value is >= 1 and <= 31)
        {
            day = (int)value;
            return true;
        }

        day = 0;
        return false;
    }

    /// <summary>
    /// Reads a year in words at <paramref name="i"/>: "two thousand and fifteen", "nineteen eighty six",
    /// "seventeen hundred thirty three", "twenty twenty".
    /// </summary>
    public static bool TryYearWords(DateScanner s, int i, out int year, out int next)
    {
        year = 0;
        next = i;
        if (!s.IsWord(i) || !TryCardinal(s, i, out var first, out next))
        {
            return false;
        }

        if (first is >= 1000 and < 3000)
        {
            year = (int)first;
            return true;
        }

        if (first is >= 10 and <= 99 && s.IsWord(next) && TryCardinal(s, next, out var second, out var after) && second is >= 10 and <= 99)
        {
            year = (int)((first * 100) + second);
            next = after;
            return true;
        }

        return false;
    }
}
