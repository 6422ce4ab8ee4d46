namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// One date or period, without a scope word around it: the longest reading among the named, numeric, partial,
/// relative, offset and week grammars, optionally narrowed by "early", "mid-", "late", "the beginning of",
/// "the end of", or split by "earlier this …"/"later this …".
/// </summary>
internal static class CoreDateGrammar
{
    /// <summary>Reads a date or period at <paramref name="i"/>. <paramref name="weak"/> marks a reading that needs context (a bare year, "May", "sun").</summary>
    public static bool TryParse(DateScanner s, int i, out DateValue value, out int next, out bool weak)
    {
        if (s.TryRecall(i, out var known))
        {
            (value, next, weak) = (known.Value, known.Next, known.Weak);
            return known.Ok;
        }

        bool ok;
        if (TryNarrowed(s, i, out value, out next) || TrySplit(s, i, out value, out next))
        {
            weak = false;
            ok = true;
        }
        else
        {
            ok = TryPlain(s, i, out value, out next, out weak);
        }

        s.Remember(i, (ok, value, next, weak));
        return ok;
    }

    private static bool TryPlain(DateScanner s, int i, out DateValue value, out int next, out bool weak)
    {
        value = default;
        next = i;
        weak = false;
        if (i >= s.Count)
        {
            return false;
        }

        var found = false;
        Consider(NamedDateGrammar.TryParse(s, i, out var v, out var n, out var w), v, n, w, ref found, ref value, ref next, ref weak);
        Consider(NumericDateGrammar.TryParse(s, i, out v, out n, out w), v, n, w, ref found, ref value, ref next, ref weak);
        Consider(PartialDateGrammar.TryParse(s, i, out v, out n, out w), v, n, w, ref found, ref value, ref next, ref weak);
        Consider(RelativeDateGrammar.TryParse(s, i, out v, out n, out w), v, n, w, ref found, ref value, ref next, ref weak);
        Consider(OffsetDateGrammar.TryParse(s, i, out v, out n), v, n, false, ref found, ref value, ref next, ref weak);
        Consider(WeekGrammar.TryParse(s, i, out v, out n), v, n, false, ref found, ref value, ref next, ref weak);
        Consider(TryDayOfMonth(s, i, out v, out n), v, n, true, ref found, ref value, ref next, ref weak);
        Consider(HolidayGrammar.TryParse(s, i, out v, out n), v, n, false, ref found, ref value, ref next, ref weak);
        Consider(FiscalYearGrammar.TryParse(s, i, out v, out n), v, n, false, ref found, ref value, ref next, ref weak);
        return found;
    }

    private static void Consider(bool ok, DateValue v, int n, bool w, ref bool found, ref DateValue value, ref int next, ref bool weak)
    {
        if (ok && (!found || n > next || (n == next && weak && !w)))
        {
            found = true;
            value = v;
            next = n;
            weak = w;
        }
    }

    /// <summary>"early August", "mid-October", "late 2024", "the end of 2000", "the beginning of next year", "end of month".</summary>
    private static bool TryNarrowed(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i;
        // "the end of 2000" is read from "end"; a scope or range around it takes "the" in.
        var j = i;
        var part = s.Lex(j).Word switch
        {
            DateWord.Early => TemporalModifier.Start,
            DateWord.Beginning => TemporalModifier.Start,
            DateWord.Mid or DateWord.Middle => TemporalModifier.Mid,
            DateWord.Late or DateWord.End => TemporalModifier.End,
            _ => TemporalModifier.None,
        };
        if (part == TemporalModifier.None)
        {
            return false;
        }

        var needsOf = s.Is(j, DateWord.Beginning) || s.Is(j, DateWord.Middle) || s.Is(j, DateWord.End);
        var k = j + 1;
        if (needsOf)
        {
            if (!s.Is(k, DateWord.Of))
            {
                return false;
            }

            k++;
        }
        else
        {
            k = s.Skip(s.Skip(k, '-'), DateWord.In);
        }

        DateValue whole;
        if (s.Unit(s.Skip(k, DateWord.The)) is DateUnit.Year or DateUnit.Month or DateUnit.Week or DateUnit.Quarter or DateUnit.Decade &&
            !s.Lex(s.Skip(k, DateWord.The)).Plural &&
            !s.IsNumber(s.Skip(k, DateWord.The) + 1))
        {
            // "end of month", "the end of the week": the current one.
            var unitAt = s.Skip(k, DateWord.The);
            whole = RelativeDateGrammar.Calendar(s, s.Unit(unitAt), 0);
            next = unitAt + 1;
        }
        else if (!TryPlain(s, k, out whole, out next, out _))
        {
            return false;
        }

        return whole.TryNarrow(part, out value);
    }

    /// <summary>
    /// "earlier this month", "later this week", "earlier in the year", "year to date": the part of the current
    /// week, month or year before or after the reference date, cut at its middle (Thursday, the 16th, July 1).
    /// </summary>
    private static bool TrySplit(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i;
        if (s.Unit(i) == DateUnit.Year && s.Is(i + 1, DateWord.To) && s.Is(i + 2, DateWord.Date))
        {
            next = i + 3;
            value = RelativeDateGrammar.Calendar(s, DateUnit.Year, 0);
            if (value.Resolved && s.Reference is { } today && DateValue.TrySpan(value.Start, today, out var ytd))
            {
                value = value with { End = ytd.End };
            }

            return true;
        }

        var earlier = s.Is(i, DateWord.Earlier);
        if (!earlier && !s.Is(i, DateWord.Later))
        {
            return false;
        }

        int j;
        if (s.Is(i + 1, DateWord.This))
        {
            j = i + 2;
        }
        else if (s.Is(i + 1, DateWord.In) && s.Is(i + 2, DateWord.The))
        {
            j = i + 3;
        }
        else
        {
            return false;
        }

        var unit = s.Unit(j);
        if (unit is not (DateUnit.Week or DateUnit.Month or DateUnit.Year) || s.Lex(j).Plural)
        {
            return false;
        }

        next = j + 1;
        value = RelativeDateGrammar.Calendar(s, unit, 0);
        if (!value.Resolved || s.Reference is not { } r)
        {
            return true;
        }

        var middle = unit switch
        {
            DateUnit.Week => value.Start.AddDays(3),
            DateUnit.Month => value.Start.AddDays(15),
            _ => value.Start.AddMonths(6),
        };
        value = earlier
            ? value with { End = r < middle ? r : middle, Modifier = TemporalModifier.Start }
            : value with { Start = r > middle ? r : middle, Modifier = TemporalModifier.End };
        return value.End > value.Start;
    }

    /// <summary>"the 18th": that day of the latest month in which it is not after the reference date (needs context).</summary>
    private static bool TryDayOfMonth(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i;
        if (!s.Is(i, DateWord.The) || !s.IsNumber(i + 1) || !NumberWords.TryOrdinal(s, i + 1, out var day, out next) || day is < 1 or > 31 ||
            s.Unit(next) != DateUnit.None || s.Is(next, DateWord.Of) || s.Lex(next).Month > 0)
        {
            return false;
        }

        if (s.Reference is not { } r)
        {
            value = DateValue.Unresolved(DateGrain.Day);
            return true;
        }

        var month = new DateOnly(r.Year, r.Month, 1);
        for (var back = 0; back < 3; back++)
        {
            if (CalendarMath.TryAdd(month, DateUnit.Month, -back, out var m) && CalendarMath.TryDate(m.Year, m.Month, day, out var d) && d <= r)
            {
                value = DateValue.OfDay(d);
                return true;
            }
        }

        return false;
    }
}
