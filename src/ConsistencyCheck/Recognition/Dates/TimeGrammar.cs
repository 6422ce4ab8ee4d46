using System.Globalization;

namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Times of day and date-times, typed as such so they never become counts: "21:15", "19:46:30", "6 p.m.",
/// "7 a.m.", "6pm", "noon", "14 Feb 2024 21:15", "yesterday at 6 p.m.", "21:15 on Monday".
/// </summary>
internal static class TimeGrammar
{
    /// <summary>Reads a time, or a date-time, at <paramref name="i"/>.</summary>
    public static bool TryParse(DateScanner s, int i, out DateCandidate candidate)
    {
        candidate = default;
        if (TryTime(s, i, out var time, out var next))
        {
            // "21:15 on Monday", "6 p.m. yesterday".
            var j = s.Skip(s.Skip(next, ','), DateWord.On);
            if (CoreDateGrammar.TryParse(s, j, out var day, out var afterDay, out var weak) && !weak && day.Grain == DateGrain.Day)
            {
                candidate = Combine(i, afterDay, day, time);
                return true;
            }

            candidate = new DateCandidate(i, next, EntityType.Time, "T" + Format(time), null, null);
            return true;
        }

        if (!CoreDateGrammar.TryParse(s, i, out var date, out var k, out var dateWeak) || dateWeak || date.Grain != DateGrain.Day)
        {
            return false;
        }

        var t = s.Skip(s.Skip(k, ','), DateWord.At);
        if (!TryTime(s, t, out time, out next))
        {
            return false;
        }

        candidate = Combine(i, next, date, time);
        return true;
    }

    /// <summary>Reads a time of day at <paramref name="i"/>.</summary>
    public static bool TryTime(DateScanner s, int i, out TimeOnly time, out int next)
    {
        time = default;
        next = i + 1;
        if (s.Is(i, DateWord.Noon) || s.Is(i, DateWord.Midnight))
        {
            time = s.Is(i, DateWord.Noon) ? new TimeOnly(12, 0) : TimeOnly.MinValue;
            return true;
        }

        if (!s.IsNumber(i) || s[i].Length > 2 || (s.Glued(i) && (s.IsNumber(i - 1) || s.IsSymbol(i - 1, ':') || s.IsSymbol(i - 1, '.') || s.IsSymbol(i - 1, ','))))
        {
            return false;
        }

        var hour = s[i].Number;
        var minute = 0;
        var second = 0;
        var j = i + 1;
        var colon = false;
        if ((s.IsSymbol(j, ':') || s.IsSymbol(j, '.')) && s.Glued(j) && s.IsNumber(j + 1, 2) && s.Glued(j + 1))
        {
            colon = s.IsSymbol(j, ':');
            minute = s[j + 1].Number;
            j += 2;
            if (colon && s.IsSymbol(j, ':') && s.Glued(j) && s.IsNumber(j + 1, 2) && s.Glued(j + 1))
            {
                second = s[j + 1].Number;
                j += 2;
            }
        }

        if (s.Glued(j) && (s.IsNumber(j) || ((s.IsSymbol(j, ':') || s.IsSymbol(j, '.')) && s.IsNumber(j + 1) && s.Glued(j + 1))))
        {
            return false;
        }

        var meridiem = Meridiem(s, j, out var afterMeridiem);
        if (meridiem != 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (meridiem == 2 ? 12 : 0);
            j = afterMeridiem;
        }
        else if (!colon)
        {
            return false;
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute, second);
        next = j;
        return true;
    }

    /// <summary>1 for "am"/"a.m.", 2 for "pm"/"p.m.", 0 for neither.</summary>
    private static int Meridiem(DateScanner s, int i, out int next)
    {
        next = i + 1;
        if (s.Is(i, DateWord.Am) || s.Is(i, DateWord.Pm))
        {
            return s.Is(i, DateWord.Am) ? 1 : 2;
        }

        var letter = s.Is(i, DateWord.A) && s.WordLength(i, 1) ? 1 : s.Is(i, DateWord.LetterP) ? 2 : 0;
        if (letter != 0 && s.IsSymbol(i + 1, '.') && s.Glued(i + 1) && s.Is(i + 2, DateWord.LetterM) && s.Glued(i + 2))
        {
            next = s.IsSymbol(i + 3, '.') && s.Glued(i + 3) ? i + 4 : i + 3;
            return letter;
        }

        return 0;
    }

    private static DateCandidate Combine(int first, int next, DateValue day, TimeOnly time)
    {
        if (!day.Resolved)
        {
            return new DateCandidate(first, next, EntityType.DateTime, null, null, null);
        }

        return new DateCandidate(first, next, EntityType.DateTime, day.Value + "T" + Format(time), day.Start, day.End);
    }

    private static string Format(TimeOnly time) =>
        time.ToString(time.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);
}
