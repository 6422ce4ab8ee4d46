using System.Globalization;

namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Weeks and numbered parts of a period: "the week of April 10th", "w/c Feb 4", "the week beginning February 4",
/// "week 31", "week 3 of 2027", "the first week of 2021", "3rd week of Jan", "the last week of July",
/// "the third month of 2021", "1st quarter of 2013", "the 15th day of next month". Weeks run Monday to Sunday;
/// the weeks of a year are ISO weeks; week N of a month starts on the Monday of the week holding its first day.
/// </summary>
internal static class WeekGrammar
{
    /// <summary>Reads a week or numbered part at <paramref name="i"/>.</summary>
    public static bool TryParse(DateScanner s, int i, out DateValue value, out int next)
    {
        if (!(TryWeekOf(s, i, out value, out next) || TryNumberedWeek(s, i, out value, out next) || TryPartOf(s, i, out value, out next) ||
            TryCountOf(s, i, out value, out next)))
        {
            return false;
        }

        // "1st week of Oct. on Friday": a day of that week.
        if (value.Grain == DateGrain.Week && s.Is(next, DateWord.On) && s.Weekday(next + 1) > 0)
        {
            value = value.Resolved ? DateValue.OfDay(value.Start.AddDays(s.Weekday(next + 1) - 1)) : DateValue.Unresolved(DateGrain.Day);
            next += 2;
        }

        return true;
    }

    private static bool TryWeekOf(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i;
        int j;
        if (s.WordLength(i, 1) && s.TextOf(i)[0] is 'w' or 'W' && s.IsSymbol(i + 1, '/') && s.WordLength(i + 2, 1) && s.TextOf(i + 2)[0] is 'c' or 'C')
        {
            // "w/c Feb 4": week commencing.
            j = i + 3;
        }
        else
        {
            var w = s.Skip(i, DateWord.The);
            if (s.Unit(w) != DateUnit.Week || s.Lex(w).Plural)
            {
                return false;
            }

            j = w + 1;
            if (s.Is(j, DateWord.Of))
            {
                j++;
            }
            else if (s.Is(j, DateWord.Starting) || s.Is(j, DateWord.Beginning))
            {
                j = s.Skip(j + 1, DateWord.On);
            }
            else
            {
                return false;
            }
        }

        if (!CoreDateGrammar.TryParse(s, j, out var day, out next, out _) || day.Grain != DateGrain.Day)
        {
            return false;
        }

        value = day.Resolved ? DateValue.OfWeek(day.Start) : DateValue.Unresolved(DateGrain.Week);
        return true;
    }

    private static bool TryNumberedWeek(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i;

        // "week 31", "week 3 of 2027", "week 27 of last year".
        if (s.Unit(i) != DateUnit.Week || s.Lex(i).Plural || !s.IsNumber(i + 1) || s[i + 1].Length > 2 || s[i + 1].Number is < 1 or > 53)
        {
            return false;
        }

        var week = s[i + 1].Number;
        next = i + 2;
        int year;
        if (s.Is(next, DateWord.Of) && CoreDateGrammar.TryParse(s, next + 1, out var of, out var afterOf, out _) && of.Grain == DateGrain.Year)
        {
            next = afterOf;
            if (!of.Resolved)
            {
                value = DateValue.Unresolved(DateGrain.Week);
                return true;
            }

            year = of.Start.Year;
        }
        else if (s.Reference is { } r)
        {
            year = r.Year;
        }
        else
        {
            value = DateValue.Unresolved(DateGrain.Week);
            return true;
        }

        return TryIsoWeek(year, week, out value);
    }

    private static bool TryPartOf(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i;

        // "[the] first|3rd|last week|month|quarter|half|day of <period>".
        var j = s.Skip(i, DateWord.The);
        int ordinal;
        int k;
        if (s.Is(j, DateWord.Last))
        {
            ordinal = -1;
            k = j + 1;
        }
        else if (!NumberWords.TryOrdinal(s, j, out ordinal, out k) || ordinal > 53)
        {
            return false;
        }

        var unit = s.Is(k, DateWord.Half) ? DateUnit.Year : s.Unit(k);
        var half = s.Is(k, DateWord.Half);
        if (unit is not (DateUnit.Week or DateUnit.Month or DateUnit.Quarter or DateUnit.Day or DateUnit.Year) || s.Lex(k).Plural ||
            !s.Is(k + 1, DateWord.Of) || (unit == DateUnit.Year && !half))
        {
            return false;
        }

        if (!TryWhole(s, k + 2, out var whole, out next))
        {
            return false;
        }

        if (!whole.Resolved)
        {
            value = DateValue.Unresolved(unit switch { DateUnit.Day => DateGrain.Day, DateUnit.Week => DateGrain.Week, DateUnit.Month => DateGrain.Month, _ => DateGrain.Quarter });
            return true;
        }

        var start = whole.Start;
        return (unit, whole.Grain) switch
        {
            (DateUnit.Week, DateGrain.Year) => TryIsoWeek(start.Year, ordinal < 0 ? ISOWeek.GetWeeksInYear(start.Year) : ordinal, out value),
            (DateUnit.Week, DateGrain.Month) => TryWeekOfMonth(whole, ordinal, out value),
            (DateUnit.Month, DateGrain.Year) => DateValue.TryMonth(start.Year, ordinal < 0 ? 12 : ordinal, out value),
            (DateUnit.Quarter, DateGrain.Year) => DateValue.TryQuarter(start.Year, ordinal < 0 ? 4 : ordinal, out value),
            (DateUnit.Year, DateGrain.Year) => DateValue.TryHalf(start.Year, ordinal < 0 ? 2 : ordinal, out value),
            (DateUnit.Day, DateGrain.Month) => CalendarMath.TryDate(start.Year, start.Month, ordinal < 0 ? DateTime.DaysInMonth(start.Year, start.Month) : ordinal, out var d) &&
                Assign(DateValue.OfDay(d), out value),
            _ => false,
        };
    }

    /// <summary>
    /// "the first 2 weeks of 2021", "the last 3 weeks of this year", "the last four months of 2021", "first ten days
    /// of last year": the first or last N days, weeks (ISO weeks of a year) or months of a year or month.
    /// </summary>
    private static bool TryCountOf(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i;
        var j = s.Skip(i, DateWord.The);
        var last = s.Is(j, DateWord.Last);
        if (!last && s.Lex(j).Ordinal != 1)
        {
            return false;
        }

        if (!NumberWords.TryCardinal(s, j + 1, out var count, out var k) || count is < 1 or > 366 || !s.Lex(k).Plural ||
            s.Unit(k) is not (DateUnit.Day or DateUnit.Week or DateUnit.Month) || !s.Is(k + 1, DateWord.Of) || !TryWhole(s, k + 2, out var whole, out next))
        {
            return false;
        }

        if (!whole.Resolved)
        {
            value = DateValue.Unresolved(DateGrain.Span);
            return true;
        }

        var unit = s.Unit(k);
        var (from, to) = (whole.Start, whole.End);
        if (unit == DateUnit.Week && whole.Grain == DateGrain.Year)
        {
            // ISO weeks: the first week starts on the Monday of the week holding January 4.
            from = DateOnly.FromDateTime(ISOWeek.GetYearStart(whole.Start.Year));
            to = DateOnly.FromDateTime(ISOWeek.GetYearEnd(whole.Start.Year)).AddDays(1);
        }

        var ok = last ? CalendarMath.TryAdd(to, unit, -count, out var start) : CalendarMath.TryAdd(from, unit, count, out start);
        if (!ok)
        {
            return false;
        }

        return last ? DateValue.TrySpan(start, to, out value) : DateValue.TrySpan(from, start, out value);
    }

    /// <summary>Reads the period a part is taken from: a year or month, "the year", "next month", "this year".</summary>
    private static bool TryWhole(DateScanner s, int i, out DateValue whole, out int next)
    {
        if (s.Is(i, DateWord.The) && s.Unit(i + 1) is DateUnit.Year or DateUnit.Month && !s.Lex(i + 1).Plural)
        {
            next = i + 2;
            whole = RelativeDateGrammar.Calendar(s, s.Unit(i + 1), 0);
            return true;
        }

        return CoreDateGrammar.TryParse(s, i, out whole, out next, out _) && whole.Grain is DateGrain.Year or DateGrain.Month;
    }

    private static bool TryIsoWeek(int year, int week, out DateValue value)
    {
        value = default;
        if (!CalendarMath.YearOk(year) || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        value = DateValue.OfWeek(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)));
        return true;
    }

    private static bool TryWeekOfMonth(DateValue month, int ordinal, out DateValue value)
    {
        value = default;
        if (ordinal < 0)
        {
            value = DateValue.OfWeek(month.End.AddDays(-1));
            return true;
        }

        if (ordinal is < 1 or > 5)
        {
            return false;
        }

        value = DateValue.OfWeek(CalendarMath.Monday(month.Start).AddDays(7 * (ordinal - 1)));
        return true;
    }

    private static bool Assign(DateValue source, out DateValue target)
    {
        target = source;
        return true;
    }
}
