namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Amounts of time: "18 months", "a 14-month strike", "3.5years", "10D", "an hour", "a decade", "½ hour",
/// "one and a half hours", "1 hour and 30 minutes", "2 years 1 month 21 days", with vague amounts read by
/// convention ("a few", "several", "some": 3; "a couple of": 2) and hedges kept ("almost three years",
/// "more than 4 days", "less than 1 week").
/// </summary>
internal static class DurationGrammar
{
    /// <summary>Reads a duration with its hedge at <paramref name="i"/>.</summary>
    public static bool TryParse(DateScanner s, int i, out DurationValue value, out TemporalModifier modifier, out int next)
    {
        var j = Hedge(s, i, out modifier);
        if (!TryAmount(s, j, out value, out next, out var vague))
        {
            modifier = TemporalModifier.None;
            return false;
        }

        if (modifier == TemporalModifier.None && vague)
        {
            modifier = TemporalModifier.Approximate;
        }

        return true;
    }

    /// <summary>
    /// Reads a duration range whose first bound has no unit of its own: "between 30 and 40 minutes", "30 to 40 minutes",
    /// "from two to three years", "30-40 minutes". <paramref name="low"/> takes the unit of <paramref name="high"/>.
    /// </summary>
    public static bool TryRange(DateScanner s, int i, out DurationValue low, out DurationValue high, out int next)
    {
        low = default;
        high = default;
        next = i;
        var between = s.Is(i, DateWord.Between);
        var j = between || s.Is(i, DateWord.From) ? i + 1 : i;
        decimal amount;
        int k;
        if (s.IsNumber(j))
        {
            if (s[j].Number < 0 || (s.Glued(j) && (s.IsSymbol(j - 1, '.') || s.IsSymbol(j - 1, ','))))
            {
                return false;
            }

            amount = s[j].Number;
            k = j + 1;
        }
        else if (s.IsWord(j) && s.Lex(j).Word == DateWord.None && !IsVagueWord(s.TextOf(j)) && NumberWords.TryCardinal(s, j, out var words, out k))
        {
            amount = words;
        }
        else
        {
            return false;
        }

        // "40- to 60-hour": a suspended hyphen before "to" leaves the first bound waiting for the second's unit.
        if (!between && s.IsSymbol(k, '-') && s.Glued(k) && s.Is(k + 1, DateWord.To))
        {
            k++;
        }

        var joined = between ? s.Is(k, DateWord.And) : s.Is(k, DateWord.To) || (s.IsSymbol(k, '-') && !s.IsNumber(j - 1));
        if (!joined || !TrySingle(s, k + 1, out high, out var unit, out next, out var vague) || vague ||
            !(s.IsNumber(k + 1) || s.Lex(k + 1).Cardinal >= 0))
        {
            return false;
        }

        low = DurationValue.Of(amount, unit);
        return low.Total < high.Total;
    }

    /// <summary>Reads an unhedged amount of time at <paramref name="i"/>, joining decreasing units ("2 weeks and 2 days").</summary>
    public static bool TryAmount(DateScanner s, int i, out DurationValue value, out int next, out bool vague)
    {
        if (!TrySingle(s, i, out value, out var unit, out next, out vague))
        {
            return false;
        }

        while (true)
        {
            var j = s.Skip(s.Skip(next, ','), DateWord.And);
            if (!TrySingle(s, j, out var more, out var smaller, out var after, out var moreVague) || smaller >= unit || moreVague)
            {
                return true;
            }

            value = value.Plus(more);
            unit = smaller;
            next = after;
        }
    }

    /// <summary>Reads a hedge ("about", "almost", "more than", "less than", "at least", "under") and returns where the amount starts.</summary>
    public static int Hedge(DateScanner s, int i, out TemporalModifier modifier)
    {
        modifier = TemporalModifier.None;
        switch (s.Lex(i).Word)
        {
            case DateWord.About when s.IsNumber(i + 1) || s.Lex(i + 1).Cardinal >= 0 || s.Is(i + 1, DateWord.A):
            case DateWord.Nearly:
                modifier = TemporalModifier.Approximate;
                return i + 1;
            case DateWord.More or DateWord.Greater when s.Is(i + 1, DateWord.Than):
                modifier = TemporalModifier.More;
                return i + 2;
            case DateWord.At when s.Is(i + 1, DateWord.Least):
                modifier = TemporalModifier.More;
                return i + 2;
            case DateWord.Less when s.Is(i + 1, DateWord.Than):
                modifier = TemporalModifier.Less;
                return i + 2;
            case DateWord.Under when s.IsNumber(i + 1) || s.Lex(i + 1).Cardinal > 0:
                modifier = TemporalModifier.Less;
                return i + 1;
            default:
                return i;
        }
    }

    private static bool TrySingle(DateScanner s, int i, out DurationValue value, out DateUnit unit, out int next, out bool vague)
    {
        value = default;
        unit = DateUnit.None;
        vague = false;
        next = i;
        decimal amount;
        int j;
        if (s.IsSymbol(i, '½'))
        {
            amount = 0.5m;
            j = i + 1;
        }
        else if (s.IsNumber(i))
        {
            if (s[i].Number < 0 || (s.Glued(i) && (s.IsSymbol(i - 1, '.') || s.IsSymbol(i - 1, ','))))
            {
                return false;
            }

            amount = s[i].Number;
            j = i + 1;
            if (s.IsSymbol(j, '.') && s.Glued(j) && s.IsNumber(j + 1) && s.Glued(j + 1) && s[j + 1].Length <= 6)
            {
                amount += s[j + 1].Number / Pow10(s[j + 1].Length);
                j += 2;
            }
            else if (s.IsSymbol(j, ',') && s.Glued(j) && s.IsNumber(j + 1) && s.Glued(j + 1))
            {
                return false;
            }

            j = s.IsSymbol(j, '-') && s.Glued(j) && s.Glued(j + 1) ? j + 1 : j;
        }
        else if (s.Is(i, DateWord.A) || s.Is(i, DateWord.Another) || s.Is(i, DateWord.All))
        {
            // "a few hours", "a couple of weeks", "a decade", "another day", "all day".
            if (s.Lex(i + 1).Cardinal is 2 or 3 && s.IsWord(i + 1))
            {
                vague = true;
                amount = s.Lex(i + 1).Cardinal;
                j = s.Skip(i + 2, DateWord.Of);
            }
            else
            {
                amount = 1;
                j = i + 1;
            }
        }
        else if (s.Is(i, DateWord.Half) && s.Is(i + 1, DateWord.A))
        {
            amount = 0.5m;
            j = i + 2;
        }
        else if (s.Lex(i).Cardinal is 2 or 3 && (s.Lex(i).Word == DateWord.About || IsVagueWord(s.TextOf(i))))
        {
            // "few", "several", "some", "couple of".
            vague = true;
            amount = s.Lex(i).Cardinal;
            j = s.Skip(i + 1, DateWord.Of);
        }
        else if (NumberWords.TryCardinal(s, i, out var words, out j))
        {
            amount = words;
        }
        else
        {
            return false;
        }

        // "one and a half hours", "one and a quarter year".
        var fraction = Fraction(s, j, out var afterFraction);
        if (fraction > 0 && !vague)
        {
            amount += fraction;
            j = afterFraction;
        }

        unit = s.Unit(j);
        if (unit is DateUnit.None or DateUnit.Weekend || (s[j].Length == 1 && !s.Glued(j)) ||
            (s.Is(i, DateWord.All) && (s.Lex(j).Plural || unit is DateUnit.Second or DateUnit.Minute)) ||
            (vague && !s.Lex(j).Plural) || (s.Is(i, DateWord.A) && !vague && s.Lex(j).Plural) || IsFractionOfWhole(s, j, unit) || IsOrdinalSecond(s, i, j, unit))
        {
            return false;
        }

        next = j + 1;

        // "one hour and a half", "a year and a quarter".
        var trailing = Fraction(s, next, out var afterTrailing);
        if (trailing > 0 && !vague && fraction == 0)
        {
            amount += trailing;
            next = afterTrailing;
        }

        value = DurationValue.Of(amount, unit);
        return true;
    }

    /// <summary>
    /// "three quarters of residents", "a quarter of the vote": quarters of a whole named after "of" are a share, not
    /// months; "a quarter of a century" and "three quarters of an hour" stay time.
    /// </summary>
    private static bool IsFractionOfWhole(DateScanner s, int j, DateUnit unit)
    {
        if (unit != DateUnit.Quarter || !s.Is(j + 1, DateWord.Of))
        {
            return false;
        }

        var whole = s.Is(j + 2, DateWord.A) || s.Is(j + 2, DateWord.The) ? j + 3 : j + 2;
        return s.Unit(whole) == DateUnit.None;
    }

    /// <summary>"a second term", "into a second week": "second" before a word that is not a date word is the ordinal.</summary>
    private static bool IsOrdinalSecond(DateScanner s, int i, int j, DateUnit unit) =>
        unit == DateUnit.Second && s.Is(i, DateWord.A) && s.IsWord(j + 1) && !s.Glued(j + 1) && s.Lex(j + 1).Word == DateWord.None;

    /// <summary>Reads "and a half", "and half", "and a quarter" at <paramref name="i"/>; 0 when absent.</summary>
    private static decimal Fraction(DateScanner s, int i, out int next)
    {
        next = i;
        if (!s.Is(i, DateWord.And))
        {
            return 0;
        }

        var j = s.Skip(i + 1, DateWord.A);
        next = j + 1;
        return s.Is(j, DateWord.Half) ? 0.5m : s.Unit(j) == DateUnit.Quarter && !s.Lex(j).Plural ? 0.25m : 0;
    }

    private static bool IsVagueWord(ReadOnlySpan<char> word) =>
        word.Equals("few", StringComparison.OrdinalIgnoreCase) || word.Equals("several", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("couple", StringComparison.OrdinalIgnoreCase);

    private static decimal Pow10(int digits)
    {
        var result = 1m;
        for (var k = 0; k < digits; k++)
        {
            result *= 10;
        }

        return result;
    }
}
