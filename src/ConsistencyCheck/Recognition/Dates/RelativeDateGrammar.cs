namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Dates relative to the reference date: "today", "yesterday", "this year", "last week", "next month",
/// "last December", "this past Wednesday", "next week Monday", "Tuesday of last week", and bare weekdays
/// ("on Sunday": the most recent Sunday not after the reference date). Without a reference date the result
/// is unresolved but still claims its span.
/// </summary>
internal static class RelativeDateGrammar
{
    /// <summary>Reads a relative date at <paramref name="i"/>. <paramref name="weak"/> marks a bare weekday abbreviation ("sun", "sat").</summary>
    public static bool TryParse(DateScanner s, int i, out DateValue value, out int next, out bool weak)
    {
        weak = false;
        if (TryDayWord(s, i, out value, out next) || TryDeictic(s, i, out value, out next))
        {
            return true;
        }

        // "Tuesday of next week", "monday of the following week", "Friday 7/6", or a bare weekday.
        var weekday = s.Weekday(i);
        if (weekday == 0)
        {
            return false;
        }

        var j = s.Skip(i + 1, DateWord.Of);
        if (j > i + 1 && TryDeicticUnit(s, s.Skip(j, DateWord.The), DateUnit.Week, out var week, out next))
        {
            value = InWeek(week, weekday);
            return true;
        }

        if (NumericDateGrammar.TryDayMonth(s, s.Skip(i + 1, ','), out value, out next) || TryWeekdayAndDay(s, i, weekday, out value, out next))
        {
            return true;
        }

        // "Monday two weeks from now", "Thursday, two years from now": that weekday of the week reached.
        if (OffsetDateGrammar.TryParse(s, s.Skip(i + 1, ','), out var reached, out next) && reached.Grain == DateGrain.Day)
        {
            value = OffsetDateGrammar.InWeekOf(reached, weekday);
            return true;
        }

        next = i + 1;
        weak = s[i].Length <= 4;
        value = DateResolver.PastWeekday(s, weekday);
        return true;
    }

    /// <summary>
    /// Reads "this/next/last/previous/coming/following/past/current/the" and a unit at <paramref name="i"/> for
    /// <paramref name="unit"/> (or any unit when it is <see cref="DateUnit.None"/>): the calendar unit holding
    /// the reference date, shifted.
    /// </summary>
    public static bool TryDeicticUnit(DateScanner s, int i, DateUnit unit, out DateValue value, out int next)
    {
        value = default;
        next = i;
        var shift = Shift(s, i, out var j);
        if (shift is null)
        {
            return false;
        }

        j = s.Skip(j, DateWord.Calendar);
        var working = s.Is(j, DateWord.Business) && s.Unit(j) == DateUnit.None;
        j = working ? j + 1 : j;
        working |= s.Is(j, DateWord.Business);
        var found = s.Unit(j);
        if (found is DateUnit.None or DateUnit.Second or DateUnit.Minute or DateUnit.Hour or DateUnit.Day or DateUnit.Fortnight ||
            s.Lex(j).Plural || (unit != DateUnit.None && found != unit) || (s.Is(i, DateWord.The) && found is DateUnit.Decade or DateUnit.Century))
        {
            return false;
        }

        // "the year 2008" and "the week 31" name a year or week, not the current one; "year to date" is read whole.
        if (s.IsNumber(j + 1) || (s.Is(j + 1, DateWord.Of) && s.IsNumber(j + 2)) || (s.Is(j + 1, DateWord.To) && s.Is(j + 2, DateWord.Date)))
        {
            return false;
        }

        // "the week after next".
        var offset = shift.Value;
        next = j + 1;
        if (s.Is(i, DateWord.The) && found == DateUnit.Week && s.Is(j + 1, DateWord.After) && s.Is(j + 2, DateWord.Next))
        {
            offset = 2;
            next = j + 3;
        }

        value = found == DateUnit.Weekend && s.Is(i, DateWord.The) ? PastWeekend(s) : Calendar(s, found, offset);
        if (working && found == DateUnit.Week && value.Resolved)
        {
            // "this working week", "next workweek": Monday to Friday.
            value = value with { End = value.Start.AddDays(5) };
        }
        else if (working)
        {
            return false;
        }

        return true;
    }

    /// <summary>The <paramref name="unit"/> holding the reference date, moved by <paramref name="offset"/> units.</summary>
    public static DateValue Calendar(DateScanner s, DateUnit unit, int offset)
    {
        var grain = unit switch
        {
            DateUnit.Week => DateGrain.Week,
            DateUnit.Weekend => DateGrain.Weekend,
            DateUnit.Month => DateGrain.Month,
            DateUnit.Quarter => DateGrain.Quarter,
            DateUnit.Decade => DateGrain.Decade,
            DateUnit.Century => DateGrain.Century,
            _ => DateGrain.Year,
        };
        if (s.Reference is not { } r)
        {
            return DateValue.Unresolved(grain);
        }

        DateValue value;
        bool ok;
        switch (unit)
        {
            case DateUnit.Week or DateUnit.Weekend:
                ok = CalendarMath.TryAdd(r, DateUnit.Week, offset, out var d);
                value = unit == DateUnit.Week ? DateValue.OfWeek(d) : DateValue.OfWeekend(d);
                break;
            case DateUnit.Month:
                ok = CalendarMath.TryAdd(new DateOnly(r.Year, r.Month, 1), DateUnit.Month, offset, out var m);
                value = default;
                ok = ok && DateValue.TryMonth(m.Year, m.Month, out value);
                break;
            case DateUnit.Quarter:
                var quarterStart = new DateOnly(r.Year, ((r.Month - 1) / 3 * 3) + 1, 1);
                ok = CalendarMath.TryAdd(quarterStart, DateUnit.Quarter, offset, out var q);
                value = default;
                ok = ok && DateValue.TryQuarter(q.Year, ((q.Month - 1) / 3) + 1, out value);
                break;
            case DateUnit.Decade:
                ok = DateValue.TryDecade((r.Year / 10 * 10) + (10L * offset), out value);
                break;
            case DateUnit.Century:
                ok = DateValue.TryCentury((r.Year / 100 * 100) + (100L * offset), out value);
                break;
            default:
                ok = DateValue.TryYear(r.Year + (long)offset, out value);
                break;
        }

        return ok ? value : DateValue.Unresolved(grain);
    }

    /// <summary>Reads a shift word at <paramref name="i"/>: 0 this/current/the, +1 next/coming/following/upcoming, -1 last/previous/past.</summary>
    public static int? Shift(DateScanner s, int i, out int next)
    {
        next = i + 1;
        switch (s.Lex(i).Word)
        {
            case DateWord.The when s.Lex(i + 1).Word is DateWord.Coming or DateWord.Upcoming or DateWord.Next or DateWord.Past or DateWord.Last
                or DateWord.Previous or DateWord.Following:
                return null;
            case DateWord.This or DateWord.Current or DateWord.The:
                if (s.Is(i + 1, DateWord.Coming) || s.Is(i + 1, DateWord.Upcoming) || s.Is(i + 1, DateWord.Next))
                {
                    next = i + 2;
                    return 1;
                }

                if (s.Is(i + 1, DateWord.Past) || s.Is(i + 1, DateWord.Last) || s.Is(i + 1, DateWord.Previous))
                {
                    next = i + 2;
                    return -1;
                }

                return 0;
            case DateWord.Next or DateWord.Coming or DateWord.Following or DateWord.Upcoming:
                return 1;
            case DateWord.Last or DateWord.Previous or DateWord.Past:
                return -1;
            default:
                return null;
        }
    }

    private static bool TryDayWord(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i + 1;
        var offset = s.Lex(i).Word switch
        {
            DateWord.Today => 0,
            DateWord.Tomorrow => 1,
            DateWord.Yesterday => -1,
            _ => (int?)null,
        };
        if (offset is null)
        {
            return false;
        }

        value = s.Reference is { } r ? DateValue.OfDay(r.AddDays(offset.Value)) : DateValue.Unresolved(DateGrain.Day);
        return true;
    }

    private static bool TryDeictic(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i;
        var shift = Shift(s, i, out var j);
        if (shift is null)
        {
            return false;
        }

        // "next week Monday", "this week monday", "previous week - monday", "next week on tuesday".
        if (s.Lex(i).Word != DateWord.The && TryDeicticUnit(s, i, DateUnit.None, out var period, out var afterUnit))
        {
            var k = s.Skip(s.Skip(s.Skip(afterUnit, '-'), ','), DateWord.On);
            if (period.Grain == DateGrain.Week && s.Weekday(k) > 0)
            {
                value = InWeek(period, s.Weekday(k));
                next = k + 1;
                return true;
            }

            value = period;
            next = afterUnit;
            return true;
        }

        if (TryDeicticUnit(s, i, DateUnit.None, out value, out next))
        {
            return true;
        }

        if (s.Is(i, DateWord.The))
        {
            return false;
        }

        var month = s.Month(j);
        if (month > 0)
        {
            next = j + 1;
            value = RelativeMonth(s, month, shift.Value);
            return true;
        }

        var weekday = s.Weekday(j);
        if (weekday > 0 && NumericDateGrammar.TryDayMonth(s, j + 1, out value, out next))
        {
            // "this Friday 7/6": the written day wins over the weekday.
            return true;
        }

        if (weekday > 0)
        {
            next = j + 1;
            value = RelativeWeekday(s, weekday, shift.Value, s.Lex(i).Word, j - i);
            return true;
        }

        var season = s.Lex(j).Season;
        if (season > 0 && s.Reference is { } r)
        {
            next = j + 1;
            var year = r.Year + shift.Value - (season == 4 && r.Month < 3 ? 1 : 0);
            return DateValue.TrySeason(year, season, out value);
        }

        if (season > 0)
        {
            next = j + 1;
            value = DateValue.Unresolved(DateGrain.Season);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "this May" is May of the reference year; "last May" the latest May before the reference month; "next May"
    /// the first May after it.
    /// </summary>
    private static DateValue RelativeMonth(DateScanner s, int month, int shift)
    {
        if (s.Reference is not { } r)
        {
            return DateValue.Unresolved(DateGrain.Month);
        }

        var year = shift switch
        {
            0 => r.Year,
            < 0 => month < r.Month ? r.Year : r.Year - 1,
            _ => month > r.Month ? r.Year : r.Year + 1,
        };
        return DateValue.TryMonth(year, month, out var value) ? value : DateValue.Unresolved(DateGrain.Month);
    }

    /// <summary>
    /// "this Friday" is the Friday of the reference week; "next Friday" the Friday of the next week, "last Friday"
    /// of the previous week; "this past"/"past" the latest one before the reference date and "coming"/"upcoming"
    /// the first one after it.
    /// </summary>
    private static DateValue RelativeWeekday(DateScanner s, int weekday, int shift, DateWord first, int words)
    {
        if (s.Reference is not { } r)
        {
            return DateValue.Unresolved(DateGrain.Day);
        }

        var today = CalendarMath.IsoWeekday(r);
        if (first == DateWord.Past || (words == 2 && shift < 0))
        {
            var back = (today - weekday + 7) % 7;
            return DateValue.OfDay(r.AddDays(-(back == 0 ? 7 : back)));
        }

        if (first is DateWord.Coming or DateWord.Upcoming || (words == 2 && shift > 0))
        {
            var ahead = (weekday - today + 7) % 7;
            return DateValue.OfDay(r.AddDays(ahead == 0 ? 7 : ahead));
        }

        return DateValue.OfDay(CalendarMath.Monday(r).AddDays((7 * shift) + weekday - 1));
    }

    /// <summary>
    /// "Monday 21", "Sun 14th", "tuesday the eleventh": the latest date not after the reference date that falls on
    /// that day of a month and on that weekday (looking back up to two years).
    /// </summary>
    private static bool TryWeekdayAndDay(DateScanner s, int i, int weekday, out DateValue value, out int next)
    {
        value = default;
        var j = s.Skip(s.Skip(i + 1, ','), DateWord.The);
        if (!NumberWords.TryDayOfMonth(s, j, out var day, out next, out _) || s.Month(next) > 0 || s.Is(next, DateWord.Of) ||
            s.Unit(next) != DateUnit.None || s.IsSymbol(next, ':') || s.IsSymbol(next, '/') || (s.IsNumber(j) && s.Glued(next) && s.IsSymbol(next, '.')))
        {
            return false;
        }

        if (s.Reference is not { } r)
        {
            value = DateValue.Unresolved(DateGrain.Day);
            return true;
        }

        var month = new DateOnly(r.Year, r.Month, 1);
        for (var back = 0; back <= 24; back++)
        {
            var m = month.AddMonths(-back);
            if (CalendarMath.TryDate(m.Year, m.Month, day, out var d) && d <= r && CalendarMath.IsoWeekday(d) == weekday)
            {
                value = DateValue.OfDay(d);
                return true;
            }
        }

        return false;
    }

    /// <summary>"the weekend": the latest weekend that has begun by the reference date (news looks back).</summary>
    private static DateValue PastWeekend(DateScanner s) =>
        s.Reference is { } r ? DateValue.OfWeekend(CalendarMath.IsoWeekday(r) >= 6 ? r : r.AddDays(-7)) : DateValue.Unresolved(DateGrain.Weekend);

    private static DateValue InWeek(DateValue week, int weekday) =>
        week.Resolved ? DateValue.OfDay(week.Start.AddDays(weekday - 1)) : DateValue.Unresolved(DateGrain.Day);

}
