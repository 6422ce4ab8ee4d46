using System.Globalization;

namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// A parsed date or period: its grain, the days it covers (<see cref="End"/> exclusive) and its ISO value.
/// An unresolved value (relative phrase, no reference date) keeps its grain but has no days and no value.
/// </summary>
/// <param name="Grain">The calendar unit it names.</param>
/// <param name="Start">First day covered; meaningless when <paramref name="Resolved"/> is false.</param>
/// <param name="End">Day after the last day covered.</param>
/// <param name="Value">The ISO form, or null when unresolved.</param>
/// <param name="Resolved">False when the phrase needed a reference date that was not known.</param>
/// <param name="YearInferred">True when the year was not written but chosen by the past reading ("March 3").</param>
/// <param name="Month">The month as written when <paramref name="YearInferred"/>, so a range can re-anchor it.</param>
/// <param name="Day">The day of month as written when <paramref name="YearInferred"/> (0 for a whole month).</param>
/// <param name="Modifier">Start, Mid or End when "early", "mid-" or "late" narrowed the period.</param>
internal readonly record struct DateValue(
    DateGrain Grain,
    DateOnly Start,
    DateOnly End,
    string? Value,
    bool Resolved,
    bool YearInferred = false,
    byte Month = 0,
    byte Day = 0,
    TemporalModifier Modifier = TemporalModifier.None)
{
    /// <summary>The entity type this value is reported as: a day is a date, everything else a range.</summary>
    public EntityType Type => Grain == DateGrain.Day ? EntityType.Date : EntityType.DateRange;

    /// <summary>An unresolved value of <paramref name="grain"/>.</summary>
    public static DateValue Unresolved(DateGrain grain) => new(grain, default, default, null, false);

    /// <summary>The single day <paramref name="date"/>.</summary>
    public static DateValue OfDay(DateOnly date) => new(DateGrain.Day, date, date.AddDays(1), Iso(date), true);

    /// <summary>The month <paramref name="month"/> of <paramref name="year"/>.</summary>
    public static bool TryMonth(long year, long month, out DateValue value)
    {
        value = default;
        if (!CalendarMath.TryDate(year, month, 1, out var start))
        {
            return false;
        }

        value = new DateValue(DateGrain.Month, start, CalendarMath.NextMonthStart(start.Year, start.Month), string.Create(CultureInfo.InvariantCulture, $"{start.Year:D4}-{start.Month:D2}"), true);
        return true;
    }

    /// <summary>The year <paramref name="year"/>.</summary>
    public static bool TryYear(long year, out DateValue value)
    {
        value = default;
        if (!CalendarMath.YearOk(year))
        {
            return false;
        }

        var y = (int)year;
        value = new DateValue(DateGrain.Year, new DateOnly(y, 1, 1), new DateOnly(y + 1, 1, 1), string.Create(CultureInfo.InvariantCulture, $"{y:D4}"), true);
        return true;
    }

    /// <summary>The Monday-to-Sunday week holding <paramref name="day"/>.</summary>
    public static DateValue OfWeek(DateOnly day)
    {
        var monday = CalendarMath.Monday(day);
        var (year, week) = CalendarMath.IsoWeek(monday);
        return new DateValue(DateGrain.Week, monday, monday.AddDays(7), string.Create(CultureInfo.InvariantCulture, $"{year:D4}-W{week:D2}"), true);
    }

    /// <summary>The weekend (Saturday and Sunday) of the week holding <paramref name="day"/>.</summary>
    public static DateValue OfWeekend(DateOnly day)
    {
        var monday = CalendarMath.Monday(day);
        var (year, week) = CalendarMath.IsoWeek(monday);
        return new DateValue(DateGrain.Weekend, monday.AddDays(5), monday.AddDays(7), string.Create(CultureInfo.InvariantCulture, $"{year:D4}-W{week:D2}-WE"), true);
    }

    /// <summary>Quarter <paramref name="quarter"/> (1 to 4) of <paramref name="year"/>.</summary>
    public static bool TryQuarter(long year, long quarter, out DateValue value)
    {
        value = default;
        if (quarter is < 1 or > 4 || !CalendarMath.TryDate(year, ((quarter - 1) * 3) + 1, 1, out var start))
        {
            return false;
        }

        value = new DateValue(DateGrain.Quarter, start, start.AddMonths(3), string.Create(CultureInfo.InvariantCulture, $"{start.Year:D4}-Q{quarter}"), true);
        return true;
    }

    /// <summary>Half <paramref name="half"/> (1 or 2) of <paramref name="year"/>.</summary>
    public static bool TryHalf(long year, long half, out DateValue value)
    {
        value = default;
        if (half is < 1 or > 2 || !CalendarMath.TryDate(year, half == 1 ? 1 : 7, 1, out var start))
        {
            return false;
        }

        value = new DateValue(DateGrain.Half, start, start.AddMonths(6), string.Create(CultureInfo.InvariantCulture, $"{start.Year:D4}-H{half}"), true);
        return true;
    }

    /// <summary>
    /// Season <paramref name="season"/> (1 spring, 2 summer, 3 autumn, 4 winter) of <paramref name="year"/>, read
    /// meteorologically for the northern hemisphere: spring March to May, summer June to August, autumn September
    /// to November, winter December of <paramref name="year"/> to February of the next.
    /// </summary>
    public static bool TrySeason(long year, long season, out DateValue value)
    {
        value = default;
        if (season is < 1 or > 4 || !CalendarMath.TryDate(year, season * 3, 1, out var start))
        {
            return false;
        }

        var code = season switch { 1 => "SP", 2 => "SU", 3 => "FA", _ => "WI" };
        value = new DateValue(DateGrain.Season, start, start.AddMonths(3), string.Create(CultureInfo.InvariantCulture, $"{start.Year:D4}-{code}"), true);
        return true;
    }

    /// <summary>The decade starting in <paramref name="firstYear"/> (a multiple of ten).</summary>
    public static bool TryDecade(long firstYear, out DateValue value)
    {
        value = default;
        if (firstYear % 10 != 0 || !CalendarMath.YearOk(firstYear))
        {
            return false;
        }

        var y = (int)firstYear;
        value = new DateValue(DateGrain.Decade, new DateOnly(y, 1, 1), new DateOnly(y + 10, 1, 1), string.Create(CultureInfo.InvariantCulture, $"{y / 10:D3}"), true);
        return true;
    }

    /// <summary>The hundred years starting in <paramref name="firstYear"/> (a multiple of a hundred).</summary>
    public static bool TryCentury(long firstYear, out DateValue value)
    {
        value = default;
        if (firstYear % 100 != 0 || !CalendarMath.YearOk(firstYear))
        {
            return false;
        }

        var y = (int)firstYear;
        value = new DateValue(DateGrain.Century, new DateOnly(y, 1, 1), new DateOnly(y + 100, 1, 1), string.Create(CultureInfo.InvariantCulture, $"{y / 100:D2}"), true);
        return true;
    }

    /// <summary>The days from <paramref name="start"/> up to, not including, <paramref name="end"/>; false when empty.</summary>
    public static bool TrySpan(DateOnly start, DateOnly end, out DateValue value)
    {
        value = default;
        if (end <= start)
        {
            return false;
        }

        value = new DateValue(DateGrain.Span, start, end, Iso(start) + "/" + Iso(end.AddDays(-1)), true);
        return true;
    }

    /// <summary>ISO form of a day.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The part of this period that "early" (<see cref="TemporalModifier.Start"/>), "mid-" (<see cref="TemporalModifier.Mid"/>)
    /// or "late" (<see cref="TemporalModifier.End"/>) picks: the first, middle or last third of a year, quarter, half or
    /// season counted in months; days 1-15, 10-20 and 16-end of a month; Monday-Wednesday, Tuesday-Thursday and
    /// Thursday-Sunday of a week; three, four and three tenths of a decade or century; roughly thirds of any other
    /// span. A day cannot be narrowed.
    /// </summary>
    public bool TryNarrow(TemporalModifier part, out DateValue narrowed)
    {
        narrowed = this with { Modifier = part };
        if (Grain == DateGrain.Day || part is not (TemporalModifier.Start or TemporalModifier.Mid or TemporalModifier.End))
        {
            return false;
        }

        if (!Resolved)
        {
            return true;
        }

        var (from, to) = Grain switch
        {
            DateGrain.Month => part switch
            {
                TemporalModifier.Start => (Start, Start.AddDays(15)),
                TemporalModifier.Mid => (Start.AddDays(9), Start.AddDays(20)),
                _ => (Start.AddDays(15), End),
            },
            DateGrain.Week or DateGrain.Weekend => part switch
            {
                TemporalModifier.Start => (Start, Start.AddDays(3)),
                TemporalModifier.Mid => (Start.AddDays(1), Start.AddDays(4)),
                _ => (Start.AddDays(3), End),
            },
            DateGrain.Year or DateGrain.Quarter or DateGrain.Half or DateGrain.Season => Thirds(Start, End, part),
            DateGrain.Decade or DateGrain.Century => YearParts(Start, End, part),
            _ => DayThirds(Start, End, part),
        };
        narrowed = this with { Start = from, End = to, Modifier = part };
        return true;
    }

    private static (DateOnly, DateOnly) Thirds(DateOnly start, DateOnly end, TemporalModifier part)
    {
        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month;
        var third = months / 3;
        return part switch
        {
            TemporalModifier.Start => (start, start.AddMonths(third)),
            TemporalModifier.Mid => (start.AddMonths(third), start.AddMonths(2 * third)),
            _ => (start.AddMonths(2 * third), end),
        };
    }

    /// <summary>Decades and centuries: the first three tenths, the middle four, the last three ("early 2000s" is 2000-2002).</summary>
    private static (DateOnly, DateOnly) YearParts(DateOnly start, DateOnly end, TemporalModifier part)
    {
        var years = end.Year - start.Year;
        return part switch
        {
            TemporalModifier.Start => (start, start.AddYears(years * 3 / 10)),
            TemporalModifier.Mid => (start.AddYears(years * 3 / 10), start.AddYears(years * 7 / 10)),
            _ => (start.AddYears(years * 7 / 10), end),
        };
    }

    private static (DateOnly, DateOnly) DayThirds(DateOnly start, DateOnly end, TemporalModifier part)
    {
        var days = end.DayNumber - start.DayNumber;
        var third = Math.Max(1, days / 3);
        return part switch
        {
            TemporalModifier.Start => (start, start.AddDays(third)),
            TemporalModifier.Mid => (start.AddDays(third), start.AddDays(Math.Min(days, 2 * third))),
            _ => (start.AddDays(Math.Min(days - 1, 2 * third)), end),
        };
    }
}
