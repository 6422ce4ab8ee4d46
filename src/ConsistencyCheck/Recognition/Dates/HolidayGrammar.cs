namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Named days: "Christmas", "Easter 2018", "black friday 2010", "independence day of this year",
/// "last Easter", "next new year's day". A holiday without a year is the most recent one not after the
/// reference date; "last" is the latest before it and "next" the first after it.
/// </summary>
internal static class HolidayGrammar
{
    /// <summary>
    /// Reads a holiday at <paramref name="i"/>, or its weekend ("Labor Day weekend", "the weekend of Halloween"): the
    /// Saturday and Sunday nearest to it, stretched to take the holiday in (a Monday holiday joins the weekend before).
    /// </summary>
    public static bool TryParse(DateScanner s, int i, out DateValue value, out int next)
    {
        var j = s.Skip(i, DateWord.The);
        if (s.Unit(j) == DateUnit.Weekend && !s.Lex(j).Plural && s.Is(j + 1, DateWord.Of) && TryDay(s, j + 2, out value, out next))
        {
            return Weekend(value, out value);
        }

        if (!TryDay(s, i, out value, out next))
        {
            return false;
        }

        if (s.Unit(next) == DateUnit.Weekend && !s.Lex(next).Plural)
        {
            // "Halloween weekend 2021": a year after the weekend still places the holiday.
            next++;
            if (DateResolver.TryYear(s, next, false, out var year, out var afterYear) && TryDay(s, i, out var placed, out _, year))
            {
                next = afterYear;
                value = placed;
            }

            return Weekend(value, out value);
        }

        return true;
    }

    private static bool Weekend(DateValue day, out DateValue value)
    {
        value = DateValue.Unresolved(DateGrain.Weekend);
        if (!day.Resolved)
        {
            return true;
        }

        var holiday = day.Start;
        var weekday = CalendarMath.IsoWeekday(holiday);
        var (start, end) = weekday == 1
            ? (holiday.AddDays(-2), holiday.AddDays(1))
            : (CalendarMath.Monday(holiday).AddDays(5) < holiday ? CalendarMath.Monday(holiday).AddDays(5) : holiday, CalendarMath.Monday(holiday).AddDays(7));
        value = DateValue.OfWeekend(weekday == 1 ? holiday.AddDays(-1) : holiday) with { Start = start, End = end };
        return true;
    }

    private static bool TryDay(DateScanner s, int i, out DateValue value, out int next, int? inYear = null)
    {
        value = default;
        var shift = s.Lex(i).Word switch
        {
            DateWord.This => 0,
            DateWord.Next or DateWord.Following or DateWord.Coming or DateWord.Upcoming => 1,
            DateWord.Last or DateWord.Previous or DateWord.Past => -1,
            _ => (int?)null,
        };
        var j = shift is null ? i : i + 1;
        if (!TryName(s, j, out var holiday, out next))
        {
            return false;
        }

        if (inYear is { } fixedYear)
        {
            return At(holiday, fixedYear, out value);
        }

        // "Easter 2018", "saint patrick 2020", "independence day of this year", "christmas of 2019".
        var k = s.Skip(next, DateWord.Of);
        if (shift is null && DateResolver.TryYear(s, k, false, out var year, out var afterYear))
        {
            next = afterYear;
            return At(holiday, year, out value);
        }

        if (shift is null && k > next && RelativeDateGrammar.TryDeicticUnit(s, k, DateUnit.Year, out var relativeYear, out afterYear))
        {
            next = afterYear;
            return relativeYear.Resolved ? At(holiday, relativeYear.Start.Year, out value) : Unresolved(out value);
        }

        if (s.Reference is not { } r)
        {
            return Unresolved(out value);
        }

        switch (shift)
        {
            case 0:
                return At(holiday, r.Year, out value);
            case 1:
                return Around(holiday, r, after: true, out value);
            case -1:
                return Around(holiday, r, after: false, out value);
            default:
                // Bare: the latest one not after the reference date.
                return Around(holiday, r.AddDays(1), after: false, out value);
        }
    }

    /// <summary>Matches a holiday name at <paramref name="i"/>, skipping apostrophes and possessive "s".</summary>
    private static bool TryName(DateScanner s, int i, out Holiday holiday, out int next)
    {
        holiday = null!;
        next = i;
        if (!s.Lex(i).HolidayStart || DateLexicon.HolidaysOf(s[i].Entry) is not { } candidates)
        {
            return false;
        }

        foreach (var candidate in candidates)
        {
            var k = i;
            var matched = true;
            foreach (var word in candidate.Words)
            {
                while (s.IsSymbol(k, '\'') || (s.Is(k, DateWord.LetterS) && s.IsSymbol(k - 1, '\'')))
                {
                    k++;
                }

                if (!s.IsWord(k) || !s.TextOf(k).Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    matched = false;
                    break;
                }

                k++;
            }

            if (matched)
            {
                // A possessive right after the name belongs to it ("workers' day" is matched; "Easter's" keeps its "'s" out).
                holiday = candidate;
                next = k;
                return true;
            }
        }

        return false;
    }

    private static bool At(Holiday holiday, int year, out DateValue value)
    {
        value = default;
        if (holiday.InYear(year) is not { } day)
        {
            return false;
        }

        value = DateValue.OfDay(day);
        return true;
    }

    /// <summary>The first holiday after <paramref name="from"/>, or the latest strictly before it.</summary>
    private static bool Around(Holiday holiday, DateOnly from, bool after, out DateValue value)
    {
        value = default;
        for (var y = from.Year - 1; y <= from.Year + 1; y++)
        {
            var year = after ? y : from.Year + from.Year - y;
            if (holiday.InYear(year) is { } day && (after ? day > from : day < from))
            {
                value = DateValue.OfDay(day);
                return true;
            }
        }

        return false;
    }

    private static bool Unresolved(out DateValue value)
    {
        value = DateValue.Unresolved(DateGrain.Day);
        return true;
    }
}
