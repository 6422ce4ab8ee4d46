using System.Globalization;
using System.Text;

namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// An amount of time by component, as written ("1 hour and 30 minutes" keeps hours and minutes apart), so its
/// ISO 8601 form is exact: <c>P18M</c>, <c>P3Y</c>, <c>PT1H30M</c>, <c>P2W</c>, <c>P1.5Y</c>.
/// </summary>
internal readonly record struct DurationValue(
    decimal Years = 0,
    decimal Months = 0,
    decimal Weeks = 0,
    decimal Days = 0,
    decimal Hours = 0,
    decimal Minutes = 0,
    decimal Seconds = 0)
{
    /// <summary>True when every component is a whole number and there is no time-of-day part, so it can move a date.</summary>
    public bool IsWholeDays =>
        Hours == 0 && Minutes == 0 && Seconds == 0 &&
        decimal.Truncate(Years) == Years && decimal.Truncate(Months) == Months && decimal.Truncate(Weeks) == Weeks && decimal.Truncate(Days) == Days;

    /// <summary>The amount <paramref name="amount"/> of <paramref name="unit"/>.</summary>
    public static DurationValue Of(decimal amount, DateUnit unit) => unit switch
    {
        DateUnit.Second => new(Seconds: amount),
        DateUnit.Minute => new(Minutes: amount),
        DateUnit.Hour => new(Hours: amount),
        DateUnit.Day => new(Days: amount),
        DateUnit.Week => new(Weeks: amount),
        DateUnit.Fortnight => new(Weeks: amount * 2),
        DateUnit.Month => new(Months: amount),
        DateUnit.Quarter => new(Months: amount * 3),
        DateUnit.Year => new(Years: amount),
        DateUnit.Decade => new(Years: amount * 10),
        DateUnit.Century => new(Years: amount * 100),
        _ => default,
    };

    /// <summary>The sum of the components; comparable only between durations of one unit.</summary>
    public decimal Total => Years + Months + Weeks + Days + Hours + Minutes + Seconds;

    /// <summary>The sum of two durations, component by component.</summary>
    public DurationValue Plus(DurationValue other) => new(
        Years + other.Years, Months + other.Months, Weeks + other.Weeks, Days + other.Days,
        Hours + other.Hours, Minutes + other.Minutes, Seconds + other.Seconds);

    /// <summary>Moves <paramref name="date"/> by this duration, forwards or (<paramref name="sign"/> -1) backwards.</summary>
    public bool TryApply(DateOnly date, int sign, out DateOnly result)
    {
        result = date;
        if (!IsWholeDays || Years > 10_000 || Months > 100_000 || Weeks > 1_000_000 || Days > 10_000_000)
        {
            return false;
        }

        return CalendarMath.TryAdd(result, DateUnit.Year, sign * (long)Years, out result) &&
            CalendarMath.TryAdd(result, DateUnit.Month, sign * (long)Months, out result) &&
            CalendarMath.TryAdd(result, DateUnit.Week, sign * (long)Weeks, out result) &&
            CalendarMath.TryAdd(result, DateUnit.Day, sign * (long)Days, out result);
    }

    /// <summary>The ISO 8601 form, components largest first: <c>P3Y</c>, <c>P3M2W2D</c>, <c>PT1H30M</c>.</summary>
    public string ToIso()
    {
        var sb = new StringBuilder("P");
        Append(sb, Years, 'Y');
        Append(sb, Months, 'M');
        Append(sb, Weeks, 'W');
        Append(sb, Days, 'D');
        if (Hours != 0 || Minutes != 0 || Seconds != 0)
        {
            sb.Append('T');
            Append(sb, Hours, 'H');
            Append(sb, Minutes, 'M');
            Append(sb, Seconds, 'S');
        }

        return sb.Length == 1 ? "PT0S" : sb.ToString();
    }

    private static void Append(StringBuilder sb, decimal amount, char designator)
    {
        if (amount != 0)
        {
            sb.Append(amount.ToString("0.############", CultureInfo.InvariantCulture)).Append(designator);
        }
    }
}
