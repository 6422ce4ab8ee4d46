namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Recurrences: "daily", "weekly", "monthly", "annually", "every week", "each month", "every 2 weeks",
/// "every Monday". The value is the ISO duration of one period (<c>P1W</c>) or, for a weekday, <c>XXXX-WXX-1</c>.
/// </summary>
internal static class SetGrammar
{
    /// <summary>Reads a recurrence at <paramref name="i"/>.</summary>
    public static bool TryParse(DateScanner s, int i, out DateCandidate candidate)
    {
        candidate = default;
        var adverb = s.Lex(i).Word switch
        {
            DateWord.Hourly => "PT1H",
            DateWord.Daily => "P1D",
            DateWord.Weekly => "P1W",
            DateWord.Monthly => "P1M",
            DateWord.Yearly => "P1Y",
            _ => null,
        };
        if (adverb is not null)
        {
            candidate = new DateCandidate(i, i + 1, EntityType.Set, adverb, null, null);
            return true;
        }

        if (!s.Is(i, DateWord.Every) && !s.Is(i, DateWord.Each))
        {
            return false;
        }

        var weekday = s.Weekday(i + 1);
        if (weekday > 0)
        {
            candidate = new DateCandidate(i, i + 2, EntityType.Set, "XXXX-WXX-" + (char)('0' + weekday), null, null);
            return true;
        }

        var unit = s.Unit(i + 1);
        if (unit is not DateUnit.None and not DateUnit.Weekend && !s.Lex(i + 1).Plural && s[i + 1].Length > 1)
        {
            candidate = new DateCandidate(i, i + 2, EntityType.Set, DurationValue.Of(1, unit).ToIso(), null, null);
            return true;
        }

        if (s.Is(i, DateWord.Every) && DurationGrammar.TryAmount(s, i + 1, out var amount, out var next, out var vague) && !vague)
        {
            candidate = new DateCandidate(i, next, EntityType.Set, amount.ToIso(), null, null);
            return true;
        }

        return false;
    }
}
