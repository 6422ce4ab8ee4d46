using System.Globalization;

namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Overflow-safe calendar arithmetic. Every operation returns false instead of throwing when a date would
/// leave the supported years (<see cref="MinYear"/> to <see cref="MaxYear"/>).
/// </summary>
internal static class CalendarMath
{
    /// <summary>The earliest year a date may have.</summary>
    public const int MinYear = 1000;

    /// <summary>The latest year a date may have (one short of 9999, so period ends stay representable).</summary>
    public const int MaxYear = 9000;

    /// <summary>True when <paramref name="year"/> is supported.</summary>
    public static bool YearOk(long year) => year is >= MinYear and <= MaxYear;

    /// <summary>Makes a date, or returns false for an impossible or unsupported one ("February 30", year 99999).</summary>
    public static bool TryDate(long year, long month, long day, out DateOnly date)
    {
        date = default;
        if (!YearOk(year) || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth((int)year, (int)month))
        {
            return false;
        }

        date = new DateOnly((int)year, (int)month, (int)day);
        return true;
    }

    /// <summary>Adds <paramref name="amount"/> units (day, week, fortnight, month, quarter, year, decade, century) to <paramref name="date"/>.</summary>
    public static bool TryAdd(DateOnly date, DateUnit unit, long amount, out DateOnly result)
    {
        result = default;
        const long limit = 4_000_000; // far beyond any supported span, small enough to never overflow below
        if (amount is > limit or < -limit)
        {
            return false;
        }

        long months = unit switch
        {
            DateUnit.Month => amount,
            DateUnit.Quarter => amount * 3,
            DateUnit.Year => amount * 12,
            DateUnit.Decade => amount * 120,
            DateUnit.Century => amount * 1200,
            _ => 0,
        };
        long days = unit switch
        {
            DateUnit.Day => amount,
            DateUnit.Week => amount * 7,
            DateUnit.Fortnight => amount * 14,
            _ => 0,
        };
        if (months == 0 && days == 0 && unit is not (DateUnit.Day or DateUnit.Week or DateUnit.Fortnight or DateUnit.Month
            or DateUnit.Quarter or DateUnit.Year or DateUnit.Decade or DateUnit.Century))
        {
            return false;
        }

        if (months != 0)
        {
            var total = (date.Year * 12L) + date.Month - 1 + months;
            var year = total / 12;
            if (!YearOk(year))
            {
                return false;
            }

            var month = (int)(total % 12) + 1;
            var day = Math.Min(date.Day, DateTime.DaysInMonth((int)year, month));
            result = new DateOnly((int)year, month, day);
            return true;
        }

        var dayNumber = date.DayNumber + days;
        if (dayNumber < new DateOnly(MinYear, 1, 1).DayNumber || dayNumber > new DateOnly(MaxYear, 12, 31).DayNumber)
        {
            return false;
        }

        result = DateOnly.FromDayNumber((int)dayNumber);
        return true;
    }

    /// <summary>The Monday on or before <paramref name="date"/>.</summary>
    public static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>1 for Monday to 7 for Sunday.</summary>
    public static int IsoWeekday(DateOnly date) => (((int)date.DayOfWeek + 6) % 7) + 1;

    /// <summary>The ISO week-numbering year and week of <paramref name="date"/>.</summary>
    public static (int Year, int Week) IsoWeek(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return (ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
    }

    /// <summary>The first day of the month after (<paramref name="year"/>, <paramref name="month"/>).</summary>
    public static DateOnly NextMonthStart(int year, int month) =>
        month == 12 ? new DateOnly(year + 1, 1, 1) : new DateOnly(year, month + 1, 1);

    /// <summary>Whole-year offset: <paramref name="date"/> moved by <paramref name="years"/>, Feb 29 becoming Feb 28.</summary>
    public static bool TryAddYears(DateOnly date, int years, out DateOnly result) => TryAdd(date, DateUnit.Year, years, out result);
}
