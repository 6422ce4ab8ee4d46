namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Days reached by counting from another: "two days ago", "3 weeks later", "in 2 weeks", "three weeks from
/// tomorrow", "2 weeks before May 13 1999", "16 days from 01/02/2018". The result is a day. "in N years" after a
/// superlative ("the worst flood in 50 years") is a duration, not a future date, and is left to the duration grammar.
/// </summary>
internal static class OffsetDateGrammar
{
    /// <summary>
    /// Reads an offset date at <paramref name="i"/>, with a weekday that picks a day of its week: "in 3 days on
    /// Friday" (the Friday of the week three days ahead).
    /// </summary>
    public static bool TryParse(DateScanner s, int i, out DateValue value, out int next)
    {
        if (!TryOffset(s, i, out value, out next))
        {
            return false;
        }

        var weekday = s.Is(next, DateWord.On) ? s.Weekday(next + 1) : 0;
        if (weekday > 0)
        {
            value = InWeekOf(value, weekday);
            next += 2;
        }

        return true;
    }

    /// <summary>The <paramref name="weekday"/> of the Monday-to-Sunday week holding <paramref name="day"/>.</summary>
    public static DateValue InWeekOf(DateValue day, int weekday) =>
        day.Resolved ? DateValue.OfDay(CalendarMath.Monday(day.Start).AddDays(weekday - 1)) : DateValue.Unresolved(DateGrain.Day);

    private static bool TryOffset(DateScanner s, int i, out DateValue value, out int next)
    {
        value = default;
        next = i;
        if (s.Is(i, DateWord.In) && !AfterSuperlative(s, i) && DurationGrammar.TryAmount(s, i + 1, out var ahead, out var afterAmount, out var vague) && !vague &&
            s.Lex(afterAmount).Word is not (DateWord.Ago or DateWord.Later or DateWord.From or DateWord.After or DateWord.Before) && ahead.IsWholeDays)
        {
            // "in 2 weeks", "in a fortnight".
            next = afterAmount;
            return Apply(s.Reference, ahead, 1, out value);
        }

        if (!DurationGrammar.TryAmount(s, i, out var amount, out var j, out vague) || vague || !amount.IsWholeDays)
        {
            return false;
        }

        switch (s.Lex(j).Word)
        {
            case DateWord.Ago or DateWord.Earlier:
                next = j + 1;
                return Apply(s.Reference, amount, -1, out value);
            case DateWord.Later or DateWord.Hence:
                next = j + 1;
                return Apply(s.Reference, amount, 1, out value);
            case DateWord.From when s.Is(j + 1, DateWord.Now):
                next = j + 2;
                return Apply(s.Reference, amount, 1, out value);
            case DateWord.From or DateWord.After or DateWord.Before:
                var sign = s.Is(j, DateWord.Before) ? -1 : 1;
                if (!TryAnchorDay(s, j + 1, out var anchor, out next))
                {
                    return false;
                }

                if (!anchor.Resolved)
                {
                    value = DateValue.Unresolved(DateGrain.Day);
                    return true;
                }

                return Apply(anchor.Start, amount, sign, out value);
            default:
                return false;
        }
    }

    /// <summary>Reads the day an offset counts from: "today", "tomorrow", "yesterday", "now" or any day-grain date.</summary>
    private static bool TryAnchorDay(DateScanner s, int i, out DateValue anchor, out int next)
    {
        if (s.Is(i, DateWord.Now))
        {
            next = i + 1;
            anchor = s.Reference is { } r ? DateValue.OfDay(r) : DateValue.Unresolved(DateGrain.Day);
            return true;
        }

        return CoreDateGrammar.TryParse(s, i, out anchor, out next, out var weak) && !weak && anchor.Grain == DateGrain.Day;
    }

    private static bool Apply(DateOnly? from, DurationValue amount, int sign, out DateValue value)
    {
        if (from is not { } start)
        {
            value = DateValue.Unresolved(DateGrain.Day);
            return true;
        }

        value = default;
        if (!amount.TryApply(start, sign, out var day))
        {
            return false;
        }

        value = DateValue.OfDay(day);
        return true;
    }

    /// <summary>True when a superlative or "first"/"time" shortly before makes "in N years" a span of time ("the highest in 20 years").</summary>
    private static bool AfterSuperlative(DateScanner s, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 5; k--)
        {
            if (!s.IsWord(k))
            {
                continue;
            }

            var word = s.TextOf(k);
            if ((word.Length > 4 && word.EndsWith("est", StringComparison.OrdinalIgnoreCase)) ||
                word.Equals("first", StringComparison.OrdinalIgnoreCase) || word.Equals("time", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("best", StringComparison.OrdinalIgnoreCase) || word.Equals("worst", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("most", StringComparison.OrdinalIgnoreCase) || word.Equals("least", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("record", StringComparison.OrdinalIgnoreCase) || word.Equals("ever", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
