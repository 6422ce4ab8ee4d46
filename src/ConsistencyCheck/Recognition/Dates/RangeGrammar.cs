namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Ranges with two ends: "from March to May", "between 2019 and 2021", "2014-2018", "Jan-Feb 2017",
/// "Nov 18-Dec 19, 2015", "10/1-11/2/2017", "from April to June in 2017", and day ranges inside one month:
/// "November 19-20", "between 3 and 12 of Sept", "April 9th through 17th". A year written on one end
/// is lent to the other; where the range stops is <see cref="DateRecognitionOptions.RangeClosing"/>.
/// </summary>
internal static class RangeGrammar
{
    /// <summary>Reads a range at <paramref name="i"/>.</summary>
    public static bool TryParse(DateScanner s, int i, out DateCandidate candidate)
    {
        return TryDayRange(s, i, out candidate) || TryTwoEnds(s, i, out candidate);
    }

    private static bool TryTwoEnds(DateScanner s, int i, out DateCandidate candidate)
    {
        candidate = default;
        var between = s.Is(i, DateWord.Between);
        var from = s.Is(i, DateWord.From);
        var j = between || from ? i + 1 : i;
        DateValue low;
        int k;
        bool lowWeak;
        if (s.Is(j, DateWord.Now) && between)
        {
            // "between now and November 15th".
            low = s.Reference is { } today ? DateValue.OfDay(today) : DateValue.Unresolved(DateGrain.Day);
            k = j + 1;
            lowWeak = false;
        }
        else if (!TryEnd(s, j, out low, out k, out lowWeak))
        {
            return false;
        }

        var glued = s.IsSymbol(k, '-') || s.IsSymbol(k, '~');
        var joined = glued || (between ? s.Is(k, DateWord.And) || s.Is(k, DateWord.Through) : s.Is(k, DateWord.To) || s.Is(k, DateWord.Till) || s.Is(k, DateWord.Through));
        if (!joined)
        {
            return false;
        }

        var m = k + 1;
        DateValue high;
        int next;
        bool highWeak;
        if (s.Is(m, DateWord.Now) || (s.Is(m, DateWord.Date) && from) || (s.Is(m, DateWord.Current) && s.Is(m + 1, DateWord.Date)))
        {
            // "between Jan 22 and now", "from March to date", "till current date".
            next = s.Is(m, DateWord.Current) ? m + 2 : m + 1;
            high = s.Reference is { } r ? DateValue.OfDay(r) : DateValue.Unresolved(DateGrain.Day);
            highWeak = false;
        }
        else if (!TryEnd(s, m, out high, out next, out highWeak))
        {
            return false;
        }

        // Without "from"/"between", a weak closing end after a dash must match the other's kind ("this Friday-Jun" is not a range).
        if (!between && !from && highWeak && low.Grain != high.Grain && glued)
        {
            return false;
        }

        // "from next Monday to Friday": a bare weekday closing a range is the first one after its start.
        if (next == m + 1 && s.Weekday(m) > 0 && low.Resolved && low.Grain == DateGrain.Day)
        {
            var ahead = (s.Weekday(m) - CalendarMath.IsoWeekday(low.Start) + 7) % 7;
            high = DateValue.OfDay(low.Start.AddDays(ahead == 0 ? 7 : ahead));
        }

        // "from April to June in 2017": a trailing year for two year-less ends.
        if (low.YearInferred && high.YearInferred && (s.Is(next, DateWord.In) || s.IsSymbol(next, ',')) && s.IsNumber(next + 1, 4))
        {
            var year = s[next + 1].Number;
            if (!DateResolver.TryMove(low, year, out low) || !DateResolver.TryMove(high, year, out high))
            {
                return false;
            }

            next += 2;
        }

        return Build(s, i, next, low, high, out candidate);
    }

    private static bool TryDayRange(DateScanner s, int i, out DateCandidate candidate)
    {
        candidate = default;
        var lead = s.Is(i, DateWord.From) || s.Is(i, DateWord.Between) ? i + 1 : i;
        var between = s.Is(i, DateWord.Between);
        var month = 0;
        var j = lead;
        if (NamedDateGrammar.TryMonthName(s, j, out month, out var afterMonth))
        {
            j = afterMonth;
        }

        if (!NumberWords.TryDayOfMonth(s, s.Skip(j, DateWord.The), out var firstDay, out var k, out _))
        {
            return false;
        }

        var joinedBy = s.IsSymbol(k, '-') || (between ? s.Is(k, DateWord.And) : s.Is(k, DateWord.To) || s.Is(k, DateWord.Till) || s.Is(k, DateWord.Through));
        if (!joinedBy || !NumberWords.TryDayOfMonth(s, s.Skip(k + 1, DateWord.The), out var lastDay, out var next, out _) || lastDay <= firstDay)
        {
            return false;
        }

        if (month == 0)
        {
            // "between 3 and 12 of Sept", "9 to 12 of June".
            if (!NamedDateGrammar.TryMonthName(s, s.Skip(next, DateWord.Of), out month, out next))
            {
                return false;
            }
        }
        else if (s.Month(next) > 0)
        {
            return false;
        }

        if (!NamedDateGrammar.TryFinishDay(s, month, firstDay, next, out var low, out next) || !low.Resolved && !low.YearInferred)
        {
            return false;
        }

        var year = low.Resolved ? low.Start.Year : 2000;
        if (!DateResolver.TryAt(year, month, lastDay, out var high))
        {
            return false;
        }

        high = high with { YearInferred = low.YearInferred, Month = (byte)month, Day = (byte)lastDay };
        if (!low.Resolved)
        {
            high = DateValue.Unresolved(DateGrain.Day);
        }

        return Build(s, i, next, low, high, out candidate);
    }

    /// <summary>Reads one end of a range; "the end of 2008" may keep its "the".</summary>
    private static bool TryEnd(DateScanner s, int i, out DateValue value, out int next, out bool weak) =>
        CoreDateGrammar.TryParse(s, i, out value, out next, out weak) ||
        (s.Is(i, DateWord.The) && CoreDateGrammar.TryParse(s, i + 1, out value, out next, out weak));

    /// <summary>Joins two ends, lending a written year to a year-less end and closing as the options say.</summary>
    private static bool Build(DateScanner s, int first, int next, DateValue low, DateValue high, out DateCandidate candidate)
    {
        candidate = default;
        if (!low.Resolved || !high.Resolved)
        {
            candidate = new DateCandidate(first, next, EntityType.DateRange, null, null, null);
            return true;
        }

        if (high.YearInferred && !low.YearInferred || (high.YearInferred && low.YearInferred))
        {
            if (!DateResolver.TryMove(high, low.Start.Year, out high) ||
                (high.Start < low.Start && !DateResolver.TryMove(high, low.Start.Year + 1, out high)))
            {
                return false;
            }
        }
        else if (low.YearInferred && !high.YearInferred)
        {
            var year = high.Start.Year;
            if (!DateResolver.TryMove(low, year, out low) || (low.Start > high.Start && !DateResolver.TryMove(low, year - 1, out low)))
            {
                return false;
            }
        }

        var end = s.Options.RangeClosing == RangeClosing.Through || high.Modifier == TemporalModifier.End ? high.End : high.Start;
        if (end <= low.Start)
        {
            return false;
        }

        var value = low.Value + "/" + high.Value;
        candidate = new DateCandidate(first, next, EntityType.DateRange, value, low.Start, end);
        return true;
    }
}
