using ConsistencyCheck.Recognition.Lexicons;

namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>
/// Decides whether a scanned figure names rather than counts: years ("in 2016", "October 2023"), days of the month,
/// times ("7 a.m."), numbered names ("Route 66", "No. 3", "#3"), codes ("G7", "COVID-19"), list markers,
/// and "one" as a pronoun ("no one", "one of the").
/// </summary>
internal static class NonQuantityFilter
{
    /// <summary>Returns the figure reclassified when it is not a quantity, or null when it should be dropped.</summary>
    public static Figure? Classify(ReadOnlySpan<char> text, Figure figure)
    {
        if (figure.IsWords)
        {
            // "Ground Zero", "Air Force One": a capitalised number word after a capitalised word inside a sentence is a name.
            var (ws, we) = PreviousWord(text, figure.Start);
            if (char.IsUpper(text[figure.Start]) && IsNameHead(text, ws, text[ws..we], figure.Start))
            {
                return figure with { Start = ws, Kind = FigureKind.Identifier };
            }

            return IsPronounOne(text, figure) ? null : figure;
        }

        if (figure.Kind is not (FigureKind.Cardinal or FigureKind.Ordinal) || figure.Scale != 1)
        {
            return figure;
        }

        var isInteger = figure.Value == decimal.Truncate(figure.Value) && figure.Value >= 0;
        var plain = isInteger && IsPlainDigits(text, figure);
        var (prevStart, prevEnd) = PreviousWord(text, figure.Start);
        var prev = text[prevStart..prevEnd];

        // A code glued to letters by a hyphen: COVID-19, F-35, SCP-173.
        if (plain && figure.Start >= 2 && TextScan.IsDash(text[figure.Start - 1]) && TextScan.IsLetter(text[figure.Start - 2]))
        {
            return figure with { Start = TextScan.WordStart(text, figure.Start - 1), Kind = FigureKind.Identifier };
        }

        if (plain && figure.Kind == FigureKind.Cardinal && prevEnd > prevStart)
        {
            // "No. 3", "Nos. 4", "Route 66", "Article 5".
            var afterPrev = prevEnd < text.Length && text[prevEnd] == '.';
            if (NonQuantityLexicon.NameHeads.Contains(prev) && (prev is not "No" and not "Nos" || afterPrev))
            {
                return figure with { Start = prevStart, Kind = FigureKind.Identifier };
            }

            if (prev is "no" or "nr" or "nrs" or "nos" && afterPrev)
            {
                return figure with { Start = prevStart, Kind = FigureKind.Identifier };
            }
        }

        if (plain && figure.Start > 0 && text[figure.Start - 1] == '#')
        {
            return figure with { Start = figure.Start - 1, Kind = FigureKind.Identifier };
        }

        if (!plain)
        {
            return figure;
        }

        var digits = figure.End - figure.Start;
        var value = figure.Value;
        if (figure.Kind == FigureKind.Cardinal && digits == 4 && value is >= 1900 and <= 2100 && IsYear(text, figure, prev, value))
        {
            return figure with { Kind = FigureKind.Calendar };
        }

        if (figure.Kind == FigureKind.Cardinal && IsNamePart(text, figure, prevStart, prev))
        {
            return figure with { Start = prevStart, Kind = FigureKind.Identifier };
        }

        if (value is >= 1 and <= 31 && digits <= 2 && IsDayOfMonth(text, figure, prev))
        {
            return figure with { Kind = FigureKind.Calendar };
        }

        if (figure.Kind == FigureKind.Cardinal && value is >= 1 and <= 12 && digits <= 2 && TimeSuffixEnd(text, figure.End) is > 0 and var timeEnd)
        {
            return figure with { End = timeEnd, Kind = FigureKind.Calendar };
        }

        if (figure.Kind == FigureKind.Cardinal && IsListMarker(text, figure))
        {
            return figure with { End = figure.End + 1, Kind = FigureKind.Identifier };
        }

        return figure;
    }

    private static readonly string[] TimeUnits =
    [
        "seconds", "second", "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week", "fortnights", "fortnight",
        "months", "month", "years", "year", "decades", "decade", "centuries", "century",
    ];

    /// <summary>
    /// "Mr. Strzok, 48, a graduate", "Malia, 16, was": a whole number under 120, written in digits and set off by commas
    /// right after a capitalised word, is that person's age in news style, a measure for the quantity recognizer.
    /// </summary>
    public static bool IsAppositiveAge(ReadOnlySpan<char> text, Figure figure)
    {
        if (figure.IsWords || figure.Kind != FigureKind.Cardinal || figure.Scale != 1 || figure.HasSuffix || figure.End - figure.Start > 3
            || figure.Value is < 1 or >= 120 || figure.End >= text.Length || text[figure.End] != ',')
        {
            return false;
        }

        var comma = TextScan.SkipSpacesLeft(text, figure.Start);
        if (comma == figure.Start || comma < 3 || text[comma - 1] != ',')
        {
            return false;
        }

        var nameStart = TextScan.WordStart(text, comma - 1);
        var name = text[nameStart..(comma - 1)];
        return name.Length >= 2 && char.IsUpper(name[0]) && !NonQuantityLexicon.Months.Contains(name) && !NonQuantityLexicon.Weekdays.Contains(name);
    }

    /// <summary>
    /// True when a time unit follows the figure ending at <paramref name="end"/> ("30 minutes", "between 30 and 40 minutes",
    /// "12 years in prison"): a duration, which belongs to the date recognizer. Ages ("12 years old") are not durations.
    /// </summary>
    public static bool IsDuration(ReadOnlySpan<char> text, int end)
    {
        var k = TextScan.SkipSpaces(text, end);
        if (k == end || k >= text.Length || (text[k] | 0x20) is not ('s' or 'm' or 'h' or 'd' or 'w' or 'f' or 'y' or 'c'))
        {
            return false;
        }

        foreach (var unit in TimeUnits)
        {
            if (TextScan.MatchAt(text, k, unit) is > 0 and var e)
            {
                return TextScan.MatchAt(text, e, " old") < 0 && TextScan.MatchAt(text, e, " of age") < 0 && TextScan.MatchAt(text, e, "-old") < 0;
            }
        }

        return false;
    }

    private static bool IsPlainDigits(ReadOnlySpan<char> text, Figure figure)
    {
        foreach (var c in text[figure.Start..figure.End])
        {
            if (!TextScan.IsDigit(c) && !TextScan.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static (int Start, int End) PreviousWord(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        if (end > 0 && TextScan.IsSpace(text[end - 1]))
        {
            end = TextScan.SkipSpacesLeft(text, end);
            if (end > 0 && text[end - 1] == '.')
            {
                end--;
            }
        }
        else
        {
            return (start, start);
        }

        return (TextScan.WordStart(text, end), end);
    }

    private static bool IsYear(ReadOnlySpan<char> text, Figure figure, ReadOnlySpan<char> prev, decimal value)
    {
        if (prev.Length > 0)
        {
            if (NonQuantityLexicon.Months.Contains(prev))
            {
                return true;
            }

            Span<char> buffer = stackalloc char[16];
            if (TextScan.TryLower(prev, buffer, out var lower))
            {
                if (NonQuantityLexicon.YearLeads.Contains(lower) || (value % 100 != 0 && NonQuantityLexicon.WeakYearLeads.Contains(lower)))
                {
                    return true;
                }
            }
        }

        // "March 4, 2019": a comma after a day of the month.
        var k = TextScan.SkipSpacesLeft(text, figure.Start);
        if (k > 0 && text[k - 1] == ',')
        {
            var d = TextScan.SkipSpacesLeft(text, k - 1);
            var ds = d;
            while (ds > 0 && TextScan.IsDigit(text[ds - 1]))
            {
                ds--;
            }

            if (d - ds is 1 or 2)
            {
                var (ms, me) = PreviousWord(text, ds);
                return NonQuantityLexicon.Months.Contains(text[ms..me]);
            }
        }

        // "2019-20", "2016's", "in the 2016 election" are handled elsewhere; a year followed by a month-day is a date.
        return false;
    }

    /// <summary>
    /// A bare number right after a capitalised word inside a sentence is part of a name: "Park 51", "Project 21",
    /// "FTSE 100", "Guccifer 2.0" (with <see cref="NonQuantityLexicon.NameHeads"/> the same for known heads at a
    /// sentence start). Not after a month or weekday, and not when a unit or "percent" follows ("Obama 52 percent").
    /// </summary>
    private static bool IsNamePart(ReadOnlySpan<char> text, Figure figure, int prevStart, ReadOnlySpan<char> prev)
    {
        if (!IsNameHead(text, prevStart, prev, figure.Start))
        {
            return false;
        }

        var after = TextScan.SkipSpaces(text, figure.End);
        return !UnitLexicon.IsUnitWordAt(text, after) && TextScan.MatchAt(text, after, "percent") < 0 && TextScan.MatchAt(text, after, "per cent") < 0
            && (after >= text.Length || text[after] is not ('%' or '-' or '–'));
    }

    /// <summary>
    /// True when <paramref name="prev"/>, one space before the figure at <paramref name="figureStart"/>, is a capitalised
    /// word that does not start its sentence (not a month, weekday, currency code or possessive).
    /// </summary>
    private static bool IsNameHead(ReadOnlySpan<char> text, int prevStart, ReadOnlySpan<char> prev, int figureStart)
    {
        if (prev.Length < 2 || !char.IsUpper(prev[0]) || !char.IsLetterOrDigit(prev[^1]) || (!prev.ContainsAnyInRange('a', 'z') && prev.Length < 4)
            || prev.ContainsAny('\'', '’') || UnitLexicon.IsCurrencyCode(prev) || NonQuantityLexicon.Months.Contains(prev) || NonQuantityLexicon.Weekdays.Contains(prev)
            || figureStart - (prevStart + prev.Length) != 1)
        {
            return false;
        }

        var before = TextScan.SkipSpacesLeft(text, prevStart);
        return before > 0 && text[before - 1] is not ('.' or '!' or '?' or '\n' or '\r' or '"' or '“' or ':' or '(' or '-' or '—' or '–');
    }

    private static bool IsDayOfMonth(ReadOnlySpan<char> text, Figure figure, ReadOnlySpan<char> prev)
    {
        if (prev.Length > 0 && NonQuantityLexicon.Months.Contains(prev))
        {
            return true;
        }

        var next = WordAfter(text, figure.End, out var nextEnd);
        if (next.Equals("of", StringComparison.Ordinal))
        {
            next = WordAfter(text, nextEnd, out _);
        }

        return next.Length > 0 && NonQuantityLexicon.Months.Contains(next);
    }

    private static ReadOnlySpan<char> WordAfter(ReadOnlySpan<char> text, int end, out int wordEnd)
    {
        var k = TextScan.SkipSpaces(text, end);
        wordEnd = k;
        if (k == end || k >= text.Length || !TextScan.IsLetter(text[k]))
        {
            return default;
        }

        wordEnd = TextScan.WordEnd(text, k);
        return text[k..wordEnd];
    }

    private static int TimeSuffixEnd(ReadOnlySpan<char> text, int end)
    {
        var k = TextScan.SkipSpaces(text, end);
        if (k >= text.Length || (text[k] | 0x20) is not ('a' or 'p' or 'o'))
        {
            return -1;
        }

        foreach (var suffix in (ReadOnlySpan<string>)["a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock", "o’clock"])
        {
            var m = TextScan.MatchAt(text, k, suffix);
            if (m > 0)
            {
                return m;
            }
        }

        return -1;
    }

    private static bool IsListMarker(ReadOnlySpan<char> text, Figure figure)
    {
        if (figure.End + 1 >= text.Length || text[figure.End] is not ('.' or ')') || !TextScan.IsSpace(text[figure.End + 1]))
        {
            return false;
        }

        var k = TextScan.SkipSpacesLeft(text, figure.Start);
        return k == 0 || text[k - 1] is '\n' or '\r';
    }

    private static bool IsPronounOne(ReadOnlySpan<char> text, Figure figure)
    {
        if (figure.End - figure.Start != 3 || figure.Value != 1)
        {
            return false;
        }

        // "one-yen", "that one mile": a unit after "one" makes it a count.
        var unitAt = figure.End + 1 < text.Length && TextScan.IsDash(text[figure.End]) ? figure.End + 1 : TextScan.SkipSpaces(text, figure.End);
        if (unitAt > figure.End && UnitLexicon.IsUnitWordAt(text, unitAt))
        {
            return false;
        }

        // "one-time", "one-off": an adjective, not a count.
        if (figure.End + 1 < text.Length && TextScan.IsDash(text[figure.End]) && TextScan.IsLetter(text[figure.End + 1]))
        {
            return true;
        }

        Span<char> buffer = stackalloc char[16];
        var (ps, pe) = PreviousWord(text, figure.Start);
        if (pe > ps && TextScan.TryLower(text[ps..pe], buffer, out var lowerPrev) && NonQuantityLexicon.PronounOneLeads.Contains(lowerPrev))
        {
            return true;
        }

        // A bound before "one" makes it a count: "at least one,", "at least one of the lawyers".
        if (pe > ps && TextScan.TryLower(text[ps..pe], buffer, out var bound) && NonQuantityLexicon.BoundWords.Contains(bound))
        {
            return false;
        }

        // "he has one,", "a necessary one.": "one" ending a phrase stands for a noun.
        var after = TextScan.SkipSpaces(text, figure.End);
        if (after < text.Length && text[after] is ',' or '.' or ';' or ':' or '!' or '?' or ')' or '”' or '"' or '’')
        {
            return true;
        }

        var next = WordAfter(text, figure.End, out _);
        return next.Length > 0 && TextScan.TryLower(next, buffer, out var lowerNext) && NonQuantityLexicon.PronounOneFollowers.Contains(lowerNext);
    }
}
