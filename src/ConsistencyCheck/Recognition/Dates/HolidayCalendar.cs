using System.Collections.Frozen;

namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// The holidays the grammar knows, with their rules: fixed days (Christmas, Independence Day, Halloween),
/// weekday rules (US Thanksgiving: fourth Thursday of November; Labor Day: first Monday of September) and
/// Easter (Gregorian computus) with the days hanging on it. US usage where countries differ.
/// </summary>
internal static class HolidayCalendar
{
    /// <summary>The holidays by the first word of their name, longest names first.</summary>
    public static readonly FrozenDictionary<string, Holiday[]> ByFirstWord = Build();

    private static FrozenDictionary<string, Holiday[]> Build()
    {
        var list = new List<Holiday>();
        void Fixed(string name, int month, int day) => list.Add(new Holiday(name.Split(' '), y => Safe(y, month, day)));
        void Rule(string name, Func<int, DateOnly?> rule) => list.Add(new Holiday(name.Split(' '), rule));

        Fixed("new year day", 1, 1);
        Fixed("new years day", 1, 1);
        Fixed("new year eve", 12, 31);
        Fixed("new years eve", 12, 31);
        Fixed("christmas", 12, 25);
        Fixed("christmas day", 12, 25);
        Fixed("xmas", 12, 25);
        Fixed("christmas eve", 12, 24);
        Fixed("boxing day", 12, 26);
        Fixed("independence day", 7, 4);
        Fixed("halloween", 10, 31);
        Fixed("valentine day", 2, 14);
        Fixed("valentines day", 2, 14);
        Fixed("saint patrick", 3, 17);
        Fixed("saint patrick day", 3, 17);
        Fixed("st patrick", 3, 17);
        Fixed("st patrick day", 3, 17);
        Fixed("earth day", 4, 22);
        Fixed("international workers day", 5, 1);
        Fixed("veterans day", 11, 11);
        Fixed("armistice day", 11, 11);
        Fixed("remembrance day", 11, 11);
        Fixed("juneteenth", 6, 19);
        Fixed("bastille day", 7, 14);
        Fixed("canada day", 7, 1);
        Fixed("australia day", 1, 26);
        Rule("easter", y => Easter(y));
        Rule("easter sunday", y => Easter(y));
        Rule("easter day", y => Easter(y));
        Rule("easter monday", y => Easter(y)?.AddDays(1));
        Rule("good friday", y => Easter(y)?.AddDays(-2));
        Rule("thanksgiving", y => NthWeekday(y, 11, DayOfWeek.Thursday, 4));
        Rule("thanksgiving day", y => NthWeekday(y, 11, DayOfWeek.Thursday, 4));
        Rule("black friday", y => NthWeekday(y, 11, DayOfWeek.Thursday, 4)?.AddDays(1));
        Rule("cyber monday", y => NthWeekday(y, 11, DayOfWeek.Thursday, 4)?.AddDays(4));
        Rule("labor day", y => NthWeekday(y, 9, DayOfWeek.Monday, 1));
        Rule("memorial day", y => NthWeekday(y, 5, DayOfWeek.Monday, -1));
        Rule("martin luther king day", y => NthWeekday(y, 1, DayOfWeek.Monday, 3));
        Rule("mlk day", y => NthWeekday(y, 1, DayOfWeek.Monday, 3));
        Rule("presidents day", y => NthWeekday(y, 2, DayOfWeek.Monday, 3));
        Rule("columbus day", y => NthWeekday(y, 10, DayOfWeek.Monday, 2));
        Rule("mother day", y => NthWeekday(y, 5, DayOfWeek.Sunday, 2));
        Rule("mothers day", y => NthWeekday(y, 5, DayOfWeek.Sunday, 2));
        Rule("father day", y => NthWeekday(y, 6, DayOfWeek.Sunday, 3));
        Rule("fathers day", y => NthWeekday(y, 6, DayOfWeek.Sunday, 3));

        return list
            .GroupBy(h => h.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(h => h.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    private static DateOnly? Safe(int year, int month, int day) =>
        CalendarMath.TryDate(year, month, day, out var date) ? date : null;

    /// <summary>Western Easter Sunday (anonymous Gregorian algorithm).</summary>
    private static DateOnly? Easter(int year)
    {
        if (!CalendarMath.YearOk(year))
        {
            return null;
        }

        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The <paramref name="n"/>th <paramref name="weekday"/> of the month (-1 for the last).</summary>
    private static DateOnly? NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        if (!CalendarMath.YearOk(year))
        {
            return null;
        }

        if (n < 0)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
        }

        var first = new DateOnly(year, month, 1);
        return first.AddDays((((int)weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (n - 1)));
    }
}
