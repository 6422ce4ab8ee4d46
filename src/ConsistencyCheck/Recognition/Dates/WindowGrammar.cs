namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Stretches counted from the reference date: "over the past year", "the last 3 months", "the next five days",
/// "within 9 months", "5 upcoming years", "the last 2 quarters", "the next two decades", and stretches counted
/// from a date: "for 3 days from today", "2 weeks starting May 20th". Past windows end at the reference date
/// (exclusive); next windows start the day after it; "within" starts on it. Quarters and decades keep their
/// calendar boundaries.
/// </summary>
internal static class WindowGrammar
{
    /// <summary>Reads a window at <paramref name="i"/>.</summary>
    public static bool TryParse(DateScanner s, int i, out DateCandidate candidate)
    {
        return TryBusinessDays(s, i, out candidate) || TryRolling(s, i, out candidate) || TryCountedFrom(s, i, out candidate);
    }

    private static bool TryRolling(DateScanner s, int i, out DateCandidate candidate)
    {
        candidate = default;
        var j = s.Skip(i, DateWord.The);
        int direction;
        DurationValue amount;
        DateUnit unit;
        int next;
        if (s.Is(j, DateWord.Within))
        {
            // "within 9 months", "within next 10 months", "within the next year".
            var k = s.Skip(j + 1, DateWord.The);
            k = s.Is(k, DateWord.Next) ? k + 1 : k;
            if (!TryAmountOrOne(s, k, out amount, out unit, out next))
            {
                return false;
            }

            direction = 0;
        }
        else if (Direction(s, j) is { } d && TryAmountOrOne(s, j + 1, out amount, out unit, out next) &&
            (HasNumber(s, j + 1) || (j > i && (d < 0 || unit is DateUnit.Decade or DateUnit.Century))))
        {
            // "the last 3 months", "past two quarters", "the past year" (a bare unit needs "the" and looks back).
            direction = d;
        }
        else if (TryAmountWithDirection(s, j, out amount, out unit, out direction, out next))
        {
            // "5 upcoming years", "the 3 next weeks".
        }
        else
        {
            return false;
        }

        // "the last 3 months and 2 days ago": the "and …" starts another phrase.
        if (s.Is(next, DateWord.Ago) && DurationGrammar.TryAmount(s, j + 1, out _, out _, out _) &&
            TryFirstComponent(s, j + 1, out var single, out var singleNext))
        {
            amount = single;
            next = singleNext;
        }

        // "the" opens the span only for decades ("the next decade"); otherwise the window starts after it.
        var first = j > i && unit is not (DateUnit.Decade or DateUnit.Century) ? j : i;
        if (s.Reference is not { } r)
        {
            candidate = new DateCandidate(first, next, EntityType.DateRange, null, null, null);
            return true;
        }

        DateOnly start;
        DateOnly end;
        if (unit is DateUnit.Quarter or DateUnit.Decade)
        {
            var current = RelativeDateGrammar.Calendar(s, unit, 0);
            var count = (long)(unit == DateUnit.Quarter ? amount.Months / 3 : amount.Years / 10);
            var step = unit == DateUnit.Quarter ? DateUnit.Quarter : DateUnit.Decade;
            if (!current.Resolved)
            {
                return false;
            }

            (start, end) = direction < 0 ? (current.Start, current.Start) : (current.End, current.End);
            if (!(direction < 0 ? CalendarMath.TryAdd(current.Start, step, -count, out start) : CalendarMath.TryAdd(current.End, step, count, out end)))
            {
                return false;
            }
        }
        else
        {
            start = direction > 0 ? r.AddDays(1) : r;
            if (!amount.TryApply(direction < 0 ? r : start, direction < 0 ? -1 : 1, out var other))
            {
                return false;
            }

            (start, end) = direction < 0 ? (other, r) : (start, other);
        }

        if (!DateValue.TrySpan(start, end, out var span))
        {
            return false;
        }

        candidate = new DateCandidate(first, next, EntityType.DateRange, span.Value, span.Start, span.End);
        return true;
    }

    /// <summary>"the next 4 business days", "previous 4 working days": counted Monday to Friday from the reference date.</summary>
    private static bool TryBusinessDays(DateScanner s, int i, out DateCandidate candidate)
    {
        candidate = default;
        var direction = Direction(s, i);
        if (direction is null || !NumberWords.TryCardinal(s, i + 1, out var count, out var k) || count is < 1 or > 1000 ||
            !s.Is(k, DateWord.Business) || s.Unit(k + 1) != DateUnit.Day || !s.Lex(k + 1).Plural)
        {
            return false;
        }

        var next = k + 2;
        if (s.Reference is not { } r)
        {
            candidate = new DateCandidate(i, next, EntityType.DateRange, null, null, null);
            return true;
        }

        // Step day by day over weekdays: forwards from tomorrow, backwards to the day before the reference date.
        var day = r;
        var counted = 0;
        while (counted < count)
        {
            day = day.AddDays(direction.Value);
            if (CalendarMath.IsoWeekday(day) <= 5)
            {
                counted++;
            }
        }

        var (start, end) = direction > 0 ? (r.AddDays(1), day.AddDays(1)) : (day, r);
        if (!DateValue.TrySpan(start, end, out var span))
        {
            return false;
        }

        candidate = new DateCandidate(i, next, EntityType.DateRange, span.Value, span.Start, span.End);
        return true;
    }

    private static bool TryCountedFrom(DateScanner s, int i, out DateCandidate candidate)
    {
        candidate = default;

        // "for 3 days from today", "a week starting tomorrow", "3 days starting from next Monday", "for 1 week, from 20th dec".
        var j = s.Skip(i, DateWord.For);
        if (j > i && !s.Is(DurationEnd(s, j), DateWord.From) && !s.IsSymbol(DurationEnd(s, j), ','))
        {
            return false;
        }

        if (!DurationGrammar.TryAmount(s, j, out var amount, out var k, out var vague) || vague || !amount.IsWholeDays)
        {
            return false;
        }

        k = s.Skip(k, ',');
        if (s.Is(k, DateWord.Starting))
        {
            k = s.Skip(s.Skip(k + 1, DateWord.On), DateWord.From);
        }
        else if (s.Is(k, DateWord.From) && (j > i || s.IsSymbol(k - 1, ',')))
        {
            k++;
        }
        else
        {
            return false;
        }

        if (!CoreDateGrammar.TryParse(s, k, out var anchor, out var next, out var weak) || weak || anchor.Grain != DateGrain.Day)
        {
            return false;
        }

        if (!anchor.Resolved)
        {
            candidate = new DateCandidate(i, next, EntityType.DateRange, null, null, null);
            return true;
        }

        if (!amount.TryApply(anchor.Start, 1, out var end) || !DateValue.TrySpan(anchor.Start, end, out var span))
        {
            return false;
        }

        candidate = new DateCandidate(i, next, EntityType.DateRange, span.Value, span.Start, span.End);
        return true;
    }

    private static bool TryFirstComponent(DateScanner s, int i, out DurationValue amount, out int next)
    {
        amount = default;
        next = i;
        if (!NumberWords.TryCardinal(s, i, out var count, out var k) || s.Unit(k) is DateUnit.None or DateUnit.Weekend)
        {
            return false;
        }

        amount = DurationValue.Of(count, s.Unit(k));
        next = k + 1;
        return true;
    }

    private static int DurationEnd(DateScanner s, int i) => DurationGrammar.TryAmount(s, i, out _, out var next, out _) ? next : i;

    private static int? Direction(DateScanner s, int i) => s.Lex(i).Word switch
    {
        DateWord.Past or DateWord.Last or DateWord.Previous => -1,
        DateWord.Next or DateWord.Coming or DateWord.Following or DateWord.Upcoming => 1,
        _ => null,
    };

    private static bool HasNumber(DateScanner s, int i) => s.IsNumber(i) || s.Lex(i).Cardinal > 0 || s.Is(i, DateWord.A);

    private static bool TryAmountOrOne(DateScanner s, int i, out DurationValue amount, out DateUnit unit, out int next)
    {
        unit = s.Unit(i);
        if (unit is not DateUnit.None && !s.Lex(i).Plural && unit is not (DateUnit.Weekend or DateUnit.Second or DateUnit.Minute or DateUnit.Hour))
        {
            amount = DurationValue.Of(1, unit);
            next = i + 1;
            return true;
        }

        if (!DurationGrammar.TryAmount(s, i, out amount, out next, out _) || !amount.IsWholeDays)
        {
            return false;
        }

        unit = s.Unit(next - 1);
        return unit != DateUnit.None;
    }

    private static bool TryAmountWithDirection(DateScanner s, int i, out DurationValue amount, out DateUnit unit, out int direction, out int next)
    {
        amount = default;
        unit = DateUnit.None;
        direction = 0;
        next = i;
        if (!(s.IsNumber(i) || s.Lex(i).Cardinal > 0) || !NumberWords.TryCardinal(s, i, out var count, out var k) || Direction(s, k) is not { } d)
        {
            return false;
        }

        unit = s.Unit(k + 1);
        if (unit is DateUnit.None or DateUnit.Weekend || !s.Lex(k + 1).Plural)
        {
            return false;
        }

        direction = d;
        amount = DurationValue.Of(count, unit);
        next = k + 2;
        return true;
    }
}
