namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Dates and months written with a month name: "14 Feb 2024", "March 3, 2023", "Nov 2 2019", "the 09th of May",
/// "july 4th of 1995", "05-Aug-2016", "Sep-23-2020", "March 2023", "Dec/2018", "2017 april", "in May". An optional
/// weekday in front ("Tuesday, March 7") is part of the span.
/// </summary>
internal static class NamedDateGrammar
{
    /// <summary>Reads a named date or month at <paramref name="i"/>. <paramref name="weak"/> marks a bare month that needs context ("may", "march", "dec").</summary>
    public static bool TryParse(DateScanner s, int i, out DateValue value, out int next, out bool weak)
    {
        weak = false;
        var j = i;
        if (s.Weekday(j) > 0)
        {
            // "Tuesday, March 7", "Tue May 9": the weekday only restates the date.
            j = s.Skip(j + 1, ',');
            if (TryMonthFirst(s, j, out value, out next, out weak) && !weak && value.Grain == DateGrain.Day)
            {
                return true;
            }

            if (TryDayFirst(s, j, out value, out next) ||
                (NumericDateGrammar.TryParse(s, j, out value, out next, out var numericWeak) && !numericWeak && value.Grain == DateGrain.Day))
            {
                return true;
            }

            j = i;
        }

        if (TryMonthFirst(s, j, out value, out next, out weak))
        {
            return true;
        }

        weak = false;
        return TryDayFirst(s, j, out value, out next) || TryYearFirst(s, j, out value, out next);
    }

    /// <summary>Reads a month name at <paramref name="i"/>, with the full stop of an abbreviation ("Dec.").</summary>
    public static bool TryMonthName(DateScanner s, int i, out int month, out int next)
    {
        month = s.Month(i);
        next = i + 1;
        if (month == 0)
        {
            return false;
        }

        // "Dec. 31": the full stop belongs to the abbreviation only when the date goes on after it.
        if (s.IsSymbol(next, '.') && s.Glued(next) && s[i].Length <= 4 && next + 1 < s.Count &&
            (s.IsNumber(next + 1) || s.IsSymbol(next + 1, ',') || (s.IsWord(next + 1) && char.IsLower(s.TextOf(next + 1)[0]))))
        {
            next++;
        }

        return true;
    }

    /// <summary>Finishes a day-month pair: with the year when one follows (after ",", "of" or "in"), otherwise year-less.</summary>
    public static bool TryFinishDay(DateScanner s, int month, int day, int j, out DateValue value, out int next)
    {
        var k = s.Skip(j, ',');
        var afterOf = s.Is(k, DateWord.Of);
        if (afterOf || (s.Is(k, DateWord.In) && s.IsNumber(k + 1, 4)))
        {
            k++;
        }

        if (DateResolver.TryYear(s, k, afterOf, out var year, out var end) && !FollowedByUnit(s, end))
        {
            next = end;
            if (!CalendarMath.TryDate(year, month, day, out var date))
            {
                value = default;
                return false;
            }

            value = DateValue.OfDay(date);
            return true;
        }

        next = j;
        return DateResolver.TryYearless(s, month, day, out value);
    }

    private static bool TryMonthFirst(DateScanner s, int i, out DateValue value, out int next, out bool weak)
    {
        value = default;
        weak = false;
        if (!TryMonthName(s, i, out var month, out var j))
        {
            next = i;
            return false;
        }

        next = j;

        // Glued numeric parts: "Sep-23-2020", "september-2020-23", "Oct/2", "Dec/2018", "Dec-2018".
        if ((s.IsSymbol(j, '-') || s.IsSymbol(j, '/')) && s.Glued(j) && s.IsNumber(j + 1) && s.Glued(j + 1))
        {
            var sep = (char)s[j].Number;
            var a = s[j + 1];
            if (s.IsSymbol(j + 2, sep) && s.Glued(j + 2) && s.IsNumber(j + 3) && s.Glued(j + 3))
            {
                var b = s[j + 3];
                var (day, year) = a.Length == 4 ? (b.Number, a.Number) : (a.Number, b.Number);
                if ((a.Length == 4 || b.Length == 4) && CalendarMath.TryDate(year, month, day, out var date))
                {
                    value = DateValue.OfDay(date);
                    next = j + 4;
                    return true;
                }
            }

            if (a.Length == 4 && DateValue.TryMonth(a.Number, month, out value))
            {
                next = j + 2;
                return !DateResolver.IsPartOfLargerNumber(s, j + 1);
            }

            if (a.Length <= 2 && sep == '/' && DateResolver.TryYearless(s, month, a.Number, out value))
            {
                next = j + 2;
                return true;
            }
        }

        // "March 3, 2023", "Dec. 31 , 1994", "june the 28th 2020", "october, 1st", "may twenty nine".
        var d = s.Skip(s.Skip(j, ','), DateWord.The);
        if (NumberWords.TryDayOfMonth(s, d, out var dayOfMonth, out var afterDay, out _) && !FollowedByUnit(s, afterDay) &&
            !s.IsSymbol(afterDay, ':') && !(s.IsNumber(d) && (s.IsSymbol(afterDay, '.') || s.IsSymbol(afterDay, ',')) && s.IsNumber(afterDay + 1) && s.Glued(afterDay + 1)))
        {
            return TryFinishDay(s, month, dayOfMonth, afterDay, out value, out next);
        }

        // "March 2023", "Dec, 2018", "june of 1992", "april of 87", "October two thousand".
        var y = s.Skip(j, ',');
        var of = s.Is(y, DateWord.Of);
        if (of || s.Is(y, DateWord.In))
        {
            y++;
        }

        if (DateResolver.TryYear(s, y, of, out var monthYear, out var afterYear) && !FollowedByUnit(s, afterYear) &&
            DateValue.TryMonth(monthYear, month, out value))
        {
            next = afterYear;
            return true;
        }

        // A bare month: "in May". "may", "march" and abbreviations are common words, so they need context.
        next = j;
        weak = s[i].Length <= 4 || month is 3 or 5;
        return DateResolver.TryYearless(s, month, 0, out value);
    }

    private static bool TryDayFirst(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i;
        var j = s.Skip(i, DateWord.The);
        if (!NumberWords.TryDayOfMonth(s, j, out var day, out var k, out var marked) || (j > 0 && IsMoney(s, j - 1)) ||
            (s.IsNumber(j) && DateResolver.IsPartOfLargerNumber(s, j)))
        {
            return false;
        }

        // "05-Aug-2016", "23/Sep/2020", "23-2020-September".
        if (s.IsNumber(j) && (s.IsSymbol(k, '-') || s.IsSymbol(k, '/')) && s.Glued(k) && s.Glued(k + 1))
        {
            var sep = (char)s[k].Number;
            if (TryMonthName(s, k + 1, out var m, out var afterMonth) && s.IsSymbol(afterMonth, sep) && s.Glued(afterMonth) &&
                s.IsNumber(afterMonth + 1, 4) && s.Glued(afterMonth + 1) && CalendarMath.TryDate(s[afterMonth + 1].Number, m, day, out var date))
            {
                value = DateValue.OfDay(date);
                next = afterMonth + 2;
                return true;
            }

            if (s.IsNumber(k + 1, 4) && s.IsSymbol(k + 2, sep) && s.Glued(k + 2) && s.Glued(k + 3) &&
                TryMonthName(s, k + 3, out m, out afterMonth) && CalendarMath.TryDate(s[k + 1].Number, m, day, out date))
            {
                value = DateValue.OfDay(date);
                next = afterMonth;
                return true;
            }

            return false;
        }

        // "twenty third day of september", "the 09th of May", "30 December", "12 of Nov", "fourth of july, 1995".
        if (s.Unit(k) == DateUnit.Day && !s.Lex(k).Plural && s.Is(k + 1, DateWord.Of))
        {
            // "the twenty third day of September" is read from the ordinal on.
            if (j > i)
            {
                return false;
            }

            k++;
        }

        var hadOf = s.Is(k, DateWord.Of);
        k = s.Skip(k, DateWord.Of);
        if (!TryMonthName(s, k, out var month, out var afterName) || !TryFinishDay(s, month, day, afterName, out value, out next))
        {
            return false;
        }

        // "twenty five January": a number in words is a day only with "of", "the" or a year ("… nineteen eighty six").
        return marked || hadOf || !s.IsWord(j) || j > i || !value.YearInferred;
    }

    private static bool TryYearFirst(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i;
        if (!s.IsNumber(i, 4) || DateResolver.IsPartOfLargerNumber(s, i))
        {
            return false;
        }

        var year = s[i].Number;

        // "2019/aug/01", "2019-aug-1", "2020/Sep/23", "2020/23/Sep".
        if ((s.IsSymbol(i + 1, '/') || s.IsSymbol(i + 1, '-')) && s.Glued(i + 1) && s.Glued(i + 2))
        {
            var sep = (char)s[i + 1].Number;
            if (TryMonthName(s, i + 2, out var m, out var afterMonth) && s.IsSymbol(afterMonth, sep) && s.Glued(afterMonth) &&
                s.IsNumber(afterMonth + 1) && s.Glued(afterMonth + 1) && CalendarMath.TryDate(year, m, s[afterMonth + 1].Number, out var date))
            {
                value = DateValue.OfDay(date);
                next = afterMonth + 2;
                return true;
            }

            if (s.IsNumber(i + 2) && s[i + 2].Length <= 2 && s.IsSymbol(i + 3, sep) && s.Glued(i + 3) && s.Glued(i + 4) &&
                TryMonthName(s, i + 4, out m, out afterMonth) && CalendarMath.TryDate(year, m, s[i + 2].Number, out date))
            {
                value = DateValue.OfDay(date);
                next = afterMonth;
                return true;
            }

            return false;
        }

        // "2017 april".
        if (TryMonthName(s, i + 1, out var month, out next) && year is >= 1900 and <= 2100)
        {
            return DateValue.TryMonth(year, month, out value);
        }

        return false;
    }

    private static bool IsMoney(DateScanner s, int i) =>
        s.IsSymbol(i, '$') || s.IsSymbol(i, '£') || s.IsSymbol(i, '€') || s.IsSymbol(i, '¥');

    /// <summary>True when a unit or counted word follows, so the number was an amount ("May 5 days", "March 3 hours").</summary>
    private static bool FollowedByUnit(DateScanner s, int i) =>
        s.Unit(i) != DateUnit.None && !(s.Unit(i) == DateUnit.Day && !s.Lex(i).Plural && s.Is(i + 1, DateWord.Of));
}
