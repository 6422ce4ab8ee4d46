namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Dates written in digits: "2024-02-14", "02/14/2024", "14.02.2024", "20161016", "2016 10 16", "12/12/30",
/// month-years "2015-3", "12-2015", and year-less "22/04", "11/20" (which need context). A part above 12 fixes
/// the order; otherwise <see cref="DateRecognitionOptions.NumericOrder"/> decides.
/// </summary>
internal static class NumericDateGrammar
{
    /// <summary>Reads a numeric date at <paramref name="i"/>. <paramref name="weak"/> marks a year-less day-month that needs context.</summary>
    public static bool TryParse(DateScanner s, int i, out DateValue value, out int next, out bool weak)
    {
        value = default;
        next = i;
        weak = false;
        if (!s.IsNumber(i) || s[i].Number < 0 || (s.Glued(i) && (s.IsNumber(i - 1) || s.IsSymbol(i - 1, '.') || s.IsSymbol(i - 1, '/'))))
        {
            return false;
        }

        var a = s[i];
        if (a.Length == 8)
        {
            // "20161016".
            var n = a.Number;
            next = i + 1;
            return !DateResolver.IsPartOfLargerNumber(s, i) && n / 10000 is >= 1900 and <= 2100 &&
                CalendarMath.TryDate(n / 10000, n / 100 % 100, n % 100, out var compact) && Day(compact, out value);
        }

        var sep = s.IsSymbol(i + 1, '-') || s.IsSymbol(i + 1, '/') || s.IsSymbol(i + 1, '.') ? (char)s[i + 1].Number : '\0';
        var gluedB = sep != '\0' && s.Glued(i + 1) && s.IsNumber(i + 2) && s.Glued(i + 2) && s[i + 2].Number >= 0;
        if (gluedB && s.IsSymbol(i + 3, sep) && s.Glued(i + 3) && s.IsNumber(i + 4) && s.Glued(i + 4) && !TrailingDigits(s, i + 5))
        {
            if (TryThreePart(s, a, s[i + 2], s[i + 4], out value))
            {
                next = i + 5;
                return true;
            }

            return false;
        }

        if (a.Length == 4 && sep == '\0' && a.Number is >= 1900 and <= 2100 && s.IsNumber(i + 1, 2) && s.IsNumber(i + 2, 2) &&
            !s.Glued(i + 1) && !s.Glued(i + 2) && CalendarMath.TryDate(a.Number, s[i + 1].Number, s[i + 2].Number, out var spaced))
        {
            // "2016 10 16".
            next = i + 3;
            return Day(spaced, out value);
        }

        if (!gluedB || sep == '.' || TrailingDigits(s, i + 3))
        {
            return false;
        }

        var b = s[i + 2];
        next = i + 3;
        if (a.Length == 4 && b.Length <= 2 && (b.Length == 1 || s.TextOf(i + 2)[0] == '0' || b.Number != (a.Number + 1) % 100))
        {
            // "2015-3", "2015-12"; "2011-12" is a season, not December 2011.
            return a.Number is >= 1900 and <= 2100 && DateValue.TryMonth(a.Number, b.Number, out value);
        }

        if (a.Length <= 2 && b.Length == 4)
        {
            // "12-2015".
            return b.Number is >= 1900 and <= 2100 && DateValue.TryMonth(b.Number, a.Number, out value);
        }

        if (a.Length <= 2 && b.Length <= 2 && sep == '/')
        {
            weak = true;
            var (month, day) = Order(s, a.Number, b.Number);
            return DateResolver.TryYearless(s, month, day, out value);
        }

        return false;
    }

    /// <summary>Reads a year-less day-month glued by any of "/", "-" or "." (used after a weekday: "Friday 7.6").</summary>
    public static bool TryDayMonth(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i + 3;
        if (!s.IsNumber(i, 1) && !s.IsNumber(i, 2))
        {
            return false;
        }

        if (!(s.IsSymbol(i + 1, '-') || s.IsSymbol(i + 1, '/') || s.IsSymbol(i + 1, '.')) || !s.Glued(i + 1) ||
            !(s.IsNumber(i + 2, 1) || s.IsNumber(i + 2, 2)) || !s.Glued(i + 2) || TrailingDigits(s, i + 3))
        {
            return false;
        }

        var (month, day) = Order(s, s[i].Number, s[i + 2].Number);
        return DateResolver.TryYearless(s, month, day, out value);
    }

    private static bool TryThreePart(DateScanner s, DateToken a, DateToken b, DateToken c, out DateValue value)
    {
        value = default;
        if (a.Length == 4)
        {
            return b.Length <= 2 && c.Length <= 2 && CalendarMath.TryDate(a.Number, b.Number, c.Number, out var iso) && Day(iso, out value);
        }

        if (a.Length > 2 || b.Length > 2 || (c.Length != 4 && c.Length != 2))
        {
            return false;
        }

        var year = c.Length == 4 ? c.Number : DateResolver.TwoDigitYear(s, c.Number);
        var (month, day) = Order(s, a.Number, b.Number);
        return CalendarMath.TryDate(year, month, day, out var date) && Day(date, out value);
    }

    /// <summary>Month and day from two numbers: a part above 12 must be the day; otherwise the configured order.</summary>
    private static (int Month, int Day) Order(DateScanner s, int first, int second)
    {
        if (first > 12)
        {
            return (second, first);
        }

        if (second > 12)
        {
            return (first, second);
        }

        return s.Options.NumericOrder == NumericDateOrder.DayFirst ? (second, first) : (first, second);
    }

    private static bool TrailingDigits(DateScanner s, int i) =>
        s.Glued(i) && (s.IsNumber(i) || ((s.IsSymbol(i, '.') || s.IsSymbol(i, ',') || s.IsSymbol(i, '/')) && s.IsNumber(i + 1) && s.Glued(i + 1)));

    private static bool Day(DateOnly date, out DateValue value)
    {
        value = DateValue.OfDay(date);
        return true;
    }
}
