namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Periods named by a year and a part of it: "2019", "year 2008", "calendar year 2008", "2017-Q1", "Q3 2019",
/// "2019 H2", "the summer of 2023", "1990s", "the '90s", "15th century". A bare four-digit year is weak: it needs a
/// preposition or a neighbouring date to be read as a year rather than a count.
/// </summary>
internal static class PartialDateGrammar
{
    /// <summary>Reads a year-based period at <paramref name="i"/>.</summary>
    public static bool TryParse(DateScanner s, int i, out DateValue value, out int next, out bool weak)
    {
        weak = false;
        return TryYearKeyword(s, i, out value, out next) ||
            TryQuarterOrHalfFirst(s, i, out value, out next) ||
            TrySeason(s, i, out value, out next) ||
            TryCentury(s, i, out value, out next) ||
            TryTwoDigitDecade(s, i, out value, out next) ||
            TryWords(s, i, out value, out next, out weak) ||
            TryYearLed(s, i, out value, out next, out weak);
    }

    private static bool TryYearKeyword(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i;

        // "cy18", "cy 2008".
        if (s.Is(i, DateWord.Cy))
        {
            if (s.IsNumber(i + 1, 2) && s.Glued(i + 1))
            {
                next = i + 2;
                return DateValue.TryYear(DateResolver.TwoDigitYear(s, s[i + 1].Number), out value);
            }

            next = i + 2;
            return s.IsNumber(i + 1, 4) && DateValue.TryYear(s[i + 1].Number, out value);
        }

        // "year 2008", "calendar year 2008".
        var j = s.Skip(i, DateWord.Calendar);
        if (s.Unit(j) != DateUnit.Year || s.Lex(j).Plural)
        {
            return false;
        }

        j++;
        if (!s.IsNumber(j, 4) || DateResolver.IsPartOfLargerNumber(s, j))
        {
            return false;
        }

        next = j + 1;
        return DateValue.TryYear(s[j].Number, out value);
    }

    private static bool TryQuarterOrHalfFirst(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i;

        // "q3 2019", "q1-2019", "q1 of 2017", "H2 2019".
        if ((s.Is(i, DateWord.LetterQ) || s.Is(i, DateWord.LetterH)) && s.IsNumber(i + 1, 1) && s.Glued(i + 1))
        {
            var quarter = s.Is(i, DateWord.LetterQ);
            var j = s.IsSymbol(i + 2, '-') ? i + 3 : s.Skip(i + 2, DateWord.Of);
            if (s.IsNumber(j, 4))
            {
                next = j + 1;
                return quarter ? DateValue.TryQuarter(s[j].Number, s[i + 1].Number, out value) : DateValue.TryHalf(s[j].Number, s[i + 1].Number, out value);
            }

            // "in Q4": the latest fourth quarter that has begun by the reference date.
            if (quarter && s[i + 1].Number is >= 1 and <= 4 && !(s.Glued(i + 2) && (s.IsNumber(i + 2) || s.IsWord(i + 2))))
            {
                next = i + 2;
                if (s.Reference is not { } r)
                {
                    value = DateValue.Unresolved(DateGrain.Quarter);
                    return true;
                }

                var q = s[i + 1].Number;
                return DateValue.TryQuarter(r.Month >= ((q - 1) * 3) + 1 ? r.Year : r.Year - 1, q, out value);
            }
        }

        return false;
    }

    private static bool TrySeason(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i;

        // "the summer of 2023", "summer 2023".
        var j = s.Skip(i, DateWord.The);
        var season = s.Lex(j).Season;
        if (season == 0)
        {
            return false;
        }

        var k = s.Skip(j + 1, DateWord.Of);
        if (!DateResolver.TryYear(s, k, false, out var year, out next) || (k == j + 1 && j != i))
        {
            return false;
        }

        return DateValue.TrySeason(year, season, out value);
    }

    private static bool TryCentury(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i;

        // "15th century", "the twenty-first century".
        var j = s.Skip(i, DateWord.The);
        if (!NumberWords.TryOrdinal(s, j, out var ordinal, out var k) || s.Unit(k) != DateUnit.Century || s.Lex(k).Plural || ordinal is < 11 or > 30)
        {
            return false;
        }

        next = k + 1;
        return DateValue.TryCentury((ordinal - 1) * 100L, out value);
    }

    private static bool TryTwoDigitDecade(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i;

        // "the '90s", "90s", "90 s".
        var j = s.IsSymbol(i, '\'') && s.Glued(i + 1) ? i + 1 : i;
        if (!s.IsNumber(j, 2) || s[j].Number % 10 != 0 || !s.Is(j + 1, DateWord.LetterS) || (j == i && s.Glued(i) && !s.IsSymbol(i - 1, '\'')))
        {
            return false;
        }

        next = j + 2;
        return DateValue.TryDecade(DateResolver.TwoDigitYear(s, s[j].Number), out value);
    }

    /// <summary>"nineteen ninety six", "two thousand and fifteen", "nineties": weak, like a bare year.</summary>
    private static bool TryWords(DateScanner s, int i, out DateValue value, out int next, out bool weak)
    {
        value = default;
        weak = true;
        var decade = s.Lex(i).Decade;
        if (decade > 0)
        {
            next = i + 1;
            return DateValue.TryDecade(DateResolver.TwoDigitYear(s, decade * 10), out value);
        }

        return NumberWords.TryYearWords(s, i, out var year, out next) && year is >= 1100 and <= 2100 && DateValue.TryYear(year, out value);
    }

    private static bool TryYearLed(DateScanner s, int i, out DateValue value, out int next, out bool weak)
    {
        value = default;
        next = i;
        weak = false;
        if (!s.IsNumber(i, 4) || s[i].Number is < 1000 or > 2999 || DateResolver.IsPartOfLargerNumber(s, i) || (s.Glued(i) && (s.IsWord(i - 1) || IsMoneySign(s, i - 1))))
        {
            return false;
        }

        var year = s[i].Number;

        // "1990s", "1990 s", "1990's".
        var j = s.IsSymbol(i + 1, '\'') && s.Glued(i + 1) ? i + 2 : i + 1;
        if (year % 10 == 0 && s.Is(j, DateWord.LetterS))
        {
            next = j + 1;
            return DateValue.TryDecade(year, out value);
        }

        // "2017-q1", "2017 q1", "2019-H2".
        j = s.IsSymbol(i + 1, '-') && s.Glued(i + 1) ? i + 2 : i + 1;
        if ((s.Is(j, DateWord.LetterQ) || s.Is(j, DateWord.LetterH)) && s.IsNumber(j + 1, 1) && s.Glued(j + 1))
        {
            next = j + 2;
            return s.Is(j, DateWord.LetterQ) ? DateValue.TryQuarter(year, s[j + 1].Number, out value) : DateValue.TryHalf(year, s[j + 1].Number, out value);
        }

        // A bare year; weak unless the grammar around it says it is one.
        if (year is < 1900 or > 2100 || (s.Glued(i + 1) && (s.IsNumber(i + 1) || s.IsWord(i + 1) || s.IsSymbol(i + 1, '%'))))
        {
            return false;
        }

        weak = true;
        next = i + 1;
        return DateValue.TryYear(year, out value);
    }

    private static bool IsMoneySign(DateScanner s, int i) =>
        s.IsSymbol(i, '$') || s.IsSymbol(i, '£') || s.IsSymbol(i, '€') || s.IsSymbol(i, '¥') || s.IsSymbol(i, '#') || s.IsSymbol(i, '+');
}
