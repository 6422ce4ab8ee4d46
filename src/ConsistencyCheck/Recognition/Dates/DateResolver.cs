namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// The readings that need the reference date: a year-less day or month, a bare weekday and a two-digit year.
/// News reports the past, so each picks the most recent candidate not after the reference date.
/// </summary>
internal static class DateResolver
{
    /// <summary>How far past the reference year a two-digit year may point ("30" read in 2016 is 1930, not 2030).</summary>
    public const int TwoDigitYearFutureWindow = 10;

    /// <summary>
    /// Day <paramref name="day"/> of <paramref name="month"/> (or the whole month when <paramref name="day"/> is 0)
    /// with no year written: the latest one starting on or before the reference date. Unresolved without a
    /// reference date; false when no year has that day (February 30).
    /// </summary>
    public static bool TryYearless(DateScanner s, int month, int day, out DateValue value)
    {
        value = default;
        if (month is < 1 or > 12 || day is < 0 or > 31 || (day > 0 && day > DateTime.DaysInMonth(2000, month)))
        {
            return false;
        }

        var grain = day == 0 ? DateGrain.Month : DateGrain.Day;
        if (s.Reference is not { } reference)
        {
            value = DateValue.Unresolved(grain) with { YearInferred = true, Month = (byte)month, Day = (byte)day };
            return true;
        }

        for (var year = reference.Year; year >= reference.Year - 8; year--)
        {
            if (TryAt(year, month, day, out var candidate) && candidate.Start <= reference)
            {
                value = candidate with { YearInferred = true, Month = (byte)month, Day = (byte)day };
                return true;
            }
        }

        return false;
    }

    /// <summary>The same year-less day or month moved to <paramref name="year"/> (used when a range supplies the year).</summary>
    public static bool TryAt(int year, int month, int day, out DateValue value)
    {
        value = default;
        if (day == 0)
        {
            return DateValue.TryMonth(year, month, out value);
        }

        if (!CalendarMath.TryDate(year, month, day, out var date))
        {
            return false;
        }

        value = DateValue.OfDay(date);
        return true;
    }

    /// <summary>Re-anchors a year-less <paramref name="value"/> in <paramref name="year"/>, keeping its modifier.</summary>
    public static bool TryMove(DateValue value, int year, out DateValue moved)
    {
        moved = value;
        if (!value.YearInferred || !TryAt(year, value.Month, value.Day, out var at))
        {
            return false;
        }

        moved = at with { YearInferred = true, Month = value.Month, Day = value.Day };
        if (value.Modifier != TemporalModifier.None)
        {
            moved.TryNarrow(value.Modifier, out moved);
        }

        return true;
    }

    /// <summary>The most recent <paramref name="weekday"/> (1 Monday to 7 Sunday) on or before the reference date.</summary>
    public static DateValue PastWeekday(DateScanner s, int weekday)
    {
        if (s.Reference is not { } reference)
        {
            return DateValue.Unresolved(DateGrain.Day);
        }

        var back = (CalendarMath.IsoWeekday(reference) - weekday + 7) % 7;
        return DateValue.OfDay(reference.AddDays(-back));
    }

    /// <summary>
    /// The full year for a two-digit year: the latest year ending in those digits that is at most
    /// <see cref="TwoDigitYearFutureWindow"/> years after the reference year (or after 2039 without one).
    /// </summary>
    public static int TwoDigitYear(DateScanner s, int twoDigits)
    {
        var limit = (s.Reference?.Year ?? 2039) + TwoDigitYearFutureWindow;
        var year = ((limit / 100) * 100) + twoDigits;
        return year > limit ? year - 100 : year;
    }

    /// <summary>Reads a year at <paramref name="i"/>: four digits (1000-2999), a year in words, or two digits when <paramref name="allowTwoDigits"/>.</summary>
    public static bool TryYear(DateScanner s, int i, bool allowTwoDigits, out int year, out int next)
    {
        year = 0;
        next = i;
        if (s.IsNumber(i, 4) && s[i].Number is >= 1000 and <= 2999)
        {
            year = s[i].Number;
            next = i + 1;
            return !IsPartOfLargerNumber(s, i);
        }

        if (s.IsSymbol(i, '\'') && s.IsNumber(i + 1, 2) && s.Glued(i + 1))
        {
            year = TwoDigitYear(s, s[i + 1].Number);
            next = i + 2;
            return true;
        }

        if (allowTwoDigits && s.IsNumber(i, 2))
        {
            year = TwoDigitYear(s, s[i].Number);
            next = i + 1;
            return true;
        }

        return NumberWords.TryYearWords(s, i, out year, out next);
    }

    /// <summary>True when digit run <paramref name="i"/> is glued to digits by a decimal point or group separator ("1,2019", "2019.5").</summary>
    public static bool IsPartOfLargerNumber(DateScanner s, int i) =>
        ((s.IsSymbol(i + 1, ',') || s.IsSymbol(i + 1, '.')) && s.Glued(i + 1) && s.IsNumber(i + 2) && s.Glued(i + 2)) ||
        ((s.IsSymbol(i - 1, ',') || s.IsSymbol(i - 1, '.')) && s.Glued(i) && s.IsNumber(i - 2) && s.Glued(i - 1));
}
