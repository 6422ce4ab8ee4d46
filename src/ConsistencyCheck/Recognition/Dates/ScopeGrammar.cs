namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Open-ended scopes around one date: "since March 2023", "starting January 7th", "before 2018",
/// "after Feb 2018", "by 2030", "until tomorrow", "no later than January 1, 2010", "later than 2018",
/// "2018 or later", "year 2016 and greater". A scope gives its date enough context, so a bare year is read as one.
/// </summary>
internal static class ScopeGrammar
{
    /// <summary>Reads a scoped date at <paramref name="i"/>.</summary>
    public static bool TryParse(DateScanner s, int i, out DateCandidate candidate)
    {
        candidate = default;
        var (modifier, j) = Lead(s, i);
        if (modifier != TemporalModifier.None)
        {
            if (!CoreDateGrammar.TryParse(s, j, out var date, out var next, out var weak) &&
                !(s.Is(j, DateWord.The) && CoreDateGrammar.TryParse(s, j + 1, out date, out next, out weak)))
            {
                return false;
            }

            if (weak && Context.IsCounted(s, date, next))
            {
                return false;
            }

            candidate = Scoped(s, i, next, date, modifier);
            return true;
        }

        if (TryHedgedOffset(s, i, out candidate))
        {
            return true;
        }

        // "2018 or later", "1/1/2016 and after", "year 2016 and greater".
        if (!CoreDateGrammar.TryParse(s, i, out var first, out var end, out _) ||
            !(s.Is(end, DateWord.Or) || s.Is(end, DateWord.And)) ||
            !(s.Is(end + 1, DateWord.Later) || s.Is(end + 1, DateWord.After) || s.Is(end + 1, DateWord.Greater)))
        {
            return false;
        }

        candidate = Scoped(s, i, end + 2, first, TemporalModifier.Since);
        return true;
    }

    /// <summary>
    /// "more than 2 weeks before today" (before, ending two weeks before), "more than 2 weeks after today" (after,
    /// from two weeks on), "less than 3 days after tomorrow" (the three days from tomorrow), "less than 2 days before X".
    /// </summary>
    private static bool TryHedgedOffset(DateScanner s, int i, out DateCandidate candidate)
    {
        candidate = default;
        var j = DurationGrammar.Hedge(s, i, out var hedge);
        if (hedge is not (TemporalModifier.More or TemporalModifier.Less) ||
            !DurationGrammar.TryAmount(s, j, out var amount, out var k, out var vague) || vague || !amount.IsWholeDays ||
            !(s.Is(k, DateWord.Before) || s.Is(k, DateWord.After)) ||
            !CoreDateGrammar.TryParse(s, k + 1, out var anchor, out var next, out var weak) || weak || anchor.Grain != DateGrain.Day)
        {
            return false;
        }

        var sign = s.Is(k, DateWord.Before) ? -1 : 1;
        if (!anchor.Resolved)
        {
            candidate = new DateCandidate(i, next, EntityType.DateRange, null, null, null, hedge == TemporalModifier.More ? (sign < 0 ? TemporalModifier.Before : TemporalModifier.After) : TemporalModifier.None);
            return true;
        }

        if (!amount.TryApply(anchor.Start, sign, out var moved))
        {
            return false;
        }

        if (hedge == TemporalModifier.More)
        {
            candidate = sign < 0
                ? new DateCandidate(i, next, EntityType.DateRange, DateValue.Iso(moved), null, moved, TemporalModifier.Before)
                : new DateCandidate(i, next, EntityType.DateRange, DateValue.Iso(moved), moved, null, TemporalModifier.After);
            return true;
        }

        var (start, end) = sign < 0 ? (moved, anchor.Start) : (anchor.Start, moved);
        if (!DateValue.TrySpan(start, end, out var span))
        {
            return false;
        }

        candidate = new DateCandidate(i, next, EntityType.DateRange, span.Value, span.Start, span.End);
        return true;
    }

    /// <summary>The scope word at <paramref name="i"/> and where its date starts.</summary>
    private static (TemporalModifier Modifier, int Next) Lead(DateScanner s, int i)
    {
        switch (s.Lex(i).Word)
        {
            case DateWord.Since:
                return (TemporalModifier.Since, i + 1);
            case DateWord.Starting:
            case DateWord.Beginning when !s.Is(i + 1, DateWord.Of) && s.TextOf(i).Equals("beginning", StringComparison.OrdinalIgnoreCase):
                return (TemporalModifier.Since, s.Skip(s.Skip(i + 1, DateWord.On), DateWord.From));
            case DateWord.Before:
                return (TemporalModifier.Before, i + 1);
            case DateWord.After:
                return (TemporalModifier.After, i + 1);
            case DateWord.Till or DateWord.By:
                return (TemporalModifier.Until, i + 1);
            case DateWord.No when s.Is(i + 1, DateWord.Later) && s.Is(i + 2, DateWord.Than):
                return (TemporalModifier.Until, i + 3);
            case DateWord.Later or DateWord.Greater when s.Is(i + 1, DateWord.Than):
                return (TemporalModifier.After, i + 2);
            default:
                return (TemporalModifier.None, i);
        }
    }

    /// <summary>
    /// Builds the scoped range: since runs from the date's start to the reference date (inclusive); before ends where
    /// the date starts ("before the end of" where it ends); after starts where it ends ("after the beginning of" where it
    /// starts); until and by end where the date ends.
    /// </summary>
    private static DateCandidate Scoped(DateScanner s, int first, int next, DateValue date, TemporalModifier modifier)
    {
        if (!date.Resolved)
        {
            return new DateCandidate(first, next, EntityType.DateRange, null, null, null, modifier);
        }

        DateOnly? start = null;
        DateOnly? end = null;
        switch (modifier)
        {
            case TemporalModifier.Since:
                start = date.Start;
                end = s.Reference is { } r && r >= date.Start ? r.AddDays(1) : null;
                break;
            case TemporalModifier.Before:
                end = date.Modifier == TemporalModifier.End ? date.End : date.Start;
                break;
            case TemporalModifier.After:
                start = date.Modifier == TemporalModifier.Start ? date.Start : date.End;
                break;
            default:
                end = date.End;
                break;
        }

        return new DateCandidate(first, next, EntityType.DateRange, date.Value, start, end, modifier);
    }
}
