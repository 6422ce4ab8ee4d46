namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>
/// Finds every figure in a text in one left-to-right pass: digit literals, number words, vague amounts,
/// signs ("-5", "minus five"), ratios ("one in five", "3 out of 4"), then reclassifies names, dates and codes
/// with <see cref="NonQuantityFilter"/>. Linear in the text length.
/// </summary>
internal static class FigureScanner
{
    /// <summary>
    /// The figures of <paramref name="text"/>, in text order, scanned once per <see cref="TextRecognizer.Recognize(string, RecognitionContext)"/> call
    /// for each options value: a recognizer that runs after another with equal options gets the same list. Read only.
    /// </summary>
    /// <exception cref="OperationCanceledException">The context's token was cancelled (checked every few thousand characters).</exception>
    public static List<Figure> ScanShared(string text, NumberRecognitionOptions options, RecognitionContext context)
    {
        if (context.Shared?.Get<List<Figure>>(text, options) is { } shared)
        {
            return shared;
        }

        // News text holds a figure every few hundred characters; starting near that saves the list's regrowth copies.
        var figures = new List<Figure>(Math.Clamp(text.Length / 128, 4, 1024));
        Scan(text, options, figures, context.CancellationToken);
        context.Shared?.Set(text, options, figures);
        return figures;
    }

    /// <summary>Appends the figures of <paramref name="text"/> to <paramref name="figures"/>, in text order.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked every few thousand characters).</exception>
    public static void Scan(ReadOnlySpan<char> text, NumberRecognitionOptions options, List<Figure> figures, CancellationToken cancellationToken = default)
    {
        var poll = new CancellationPoll(cancellationToken);
        var i = 0;
        while (i < text.Length)
        {
            poll.At(i);
            var c = text[i];
            if (char.IsAsciiLetter(c) || (c >= '\u0080' && TextScan.IsLetter(c)))
            {
                // Words are the common case: find the end, reject ordinary words by shape, look up the rest.
                var wordEnd = TextScan.WordEnd(text, i);
                if (i > 0 && TextScan.IsLetter(text[i - 1]))
                {
                    i = wordEnd;
                    continue;
                }

                i = Lexicons.NumberLexicon.MayStartFigure(text[i..wordEnd]) ? ScanWords(text, i, wordEnd, options, figures) : wordEnd;
                continue;
            }

            if (TextScan.IsDigit(c) || (c == '.' && i + 1 < text.Length && TextScan.IsDigit(text[i + 1]) && (i == 0 || !TextScan.IsDigit(text[i - 1]))))
            {
                i = ScanDigits(text, i, figures);
                continue;
            }

            if (c >= '\u00BC' && VulgarFraction(c) is > 0 and var vulgar)
            {
                // "½", "2½": a vulgar fraction, alone or after an integer.
                var last = figures.Count > 0 ? figures[^1] : default;
                if (figures.Count > 0 && last.End == i && last.Kind == FigureKind.Cardinal && last.Scale == 1 && last.Value == decimal.Truncate(last.Value))
                {
                    figures[^1] = last with { End = i + 1, Kind = FigureKind.Fraction, Value = last.Value + vulgar, High = last.Value + vulgar, Precision = null };
                }
                else
                {
                    figures.Add(new Figure(i, i + 1, FigureKind.Fraction, vulgar, null, vulgar));
                }

                i++;
                continue;
            }

            i++;
        }

        MergeMixed(text, figures);
        MergeRatios(text, figures);
    }

    /// <summary>
    /// Joins figures that mix digits and number words into one: "3 hundred and 21", "4 thousand 3 hundred",
    /// "6 crore and two hundred", "3 million and a half". A group joins only below the scale word that closes the one
    /// before it, so "4000 3 hundred" and "4 thousand 3 hundred and 0" stay apart. Compacts the list in place (linear).
    /// </summary>
    private static void MergeMixed(ReadOnlySpan<char> text, List<Figure> figures)
    {
        if (figures.Count < 2)
        {
            return;
        }

        var write = 0;
        for (var k = 0; k < figures.Count; k++)
        {
            if (write > 0 && TryMixed(text, figures[write - 1], figures[k], out var merged))
            {
                figures[write - 1] = merged;
                continue;
            }

            figures[write++] = figures[k];
        }

        figures.RemoveRange(write, figures.Count - write);
    }

    private static bool TryMixed(ReadOnlySpan<char> text, Figure a, Figure b, out Figure merged)
    {
        merged = default;
        if (a.Kind != FigureKind.Cardinal || a.HasSuffix || (a.IsWords && b.IsWords) || b.Start <= a.End || a.Value != decimal.Truncate(a.Value))
        {
            return false;
        }

        var scale = TrailingScale(text, a);
        if (scale <= 1)
        {
            return false;
        }

        var gap = text[a.End..b.Start];
        var and = TextScan.MatchAt(gap, 0, " and ") == gap.Length;
        if (!and && TextScan.SkipSpaces(gap, 0) != gap.Length)
        {
            return false;
        }

        decimal value;
        if (b.Kind == FigureKind.Fraction && b.IsWords && and && b.Value is > 0 and < 1)
        {
            // "3 million and a half".
            if (!DigitScanner.TryMultiply(b.Value, scale, out var part))
            {
                return false;
            }

            value = a.Value + part;
        }
        else if (b.Kind == FigureKind.Cardinal && b.Value > 0 && b.Value < scale && b.Value == decimal.Truncate(b.Value) && TrailingScale(text, b) < scale
            && (and || TrailingScale(text, b) > 1))
        {
            // Without "and" only a group closed by its own scale word joins: "4 thousand 3 hundred", not "3 million 200 people".
            value = a.Value + b.Value;
        }
        else
        {
            return false;
        }

        var integer = value == decimal.Truncate(value);
        merged = new Figure(a.Start, b.End, integer ? FigureKind.Cardinal : FigureKind.Fraction, value, integer ? PrecisionRule.OfInteger(value) : null, value,
            b.Kind == FigureKind.Cardinal ? TrailingScale(text, b) : 1, false, b.HasSuffix);
        return true;
    }

    /// <summary>The scale word closing a cardinal: 1000000 for "3 million", 100 for "3 hundred" or "two hundred", otherwise 1.</summary>
    private static decimal TrailingScale(ReadOnlySpan<char> text, Figure f)
    {
        if (f.Scale > 1)
        {
            return f.Scale;
        }

        var start = TextScan.WordStart(text, f.End);
        return f.End - start == 7 && text[start..f.End].Equals("hundred", StringComparison.OrdinalIgnoreCase) ? 100 : 1;
    }

    private static int ScanDigits(ReadOnlySpan<char> text, int i, List<Figure> figures)
    {
        var money = IsAfterCurrencySign(text, i);
        if (!DigitScanner.TryScan(text, i, money, out var figure, out var next))
        {
            return Math.Max(next, i + 1);
        }

        // Letters glued before the digits: G7, MH370, A380 (a "$" or "£" is not a letter, so US$5 stays money; nor is a
        // currency code in capitals, so USD115 is money too);
        // a "%" before digits is a URL escape ("%2020").
        if (i > 0 && (TextScan.IsLetter(text[i - 1]) || text[i - 1] == '%') && !Lexicons.UnitLexicon.IsCurrencyCode(text[TextScan.WordStart(text, i)..i]))
        {
            figure = figure with { Start = TextScan.WordStart(text, i), Kind = FigureKind.Identifier };
        }
        else if (figures.Count > 0 && figures[^1].Kind == FigureKind.Identifier && i > 0 && TextScan.IsDash(text[i - 1]) && figures[^1].End == i - 1)
        {
            // scp2-173: the tail of a code.
            figure = figure with { Kind = FigureKind.Identifier };
        }
        else if (figure.Kind != FigureKind.Identifier && i > 0 && text[i - 1] is '-' or '\u2212' && (i == 1 || !(TextScan.IsLetter(text[i - 2]) || TextScan.IsDigit(text[i - 2])))
            && !AfterNumberAndSpace(text, i - 1))
        {
            figure = figure with { Start = i - 1, Value = -figure.Value, High = -figure.High };
        }

        // Letters glued after: a unit ("29km"), or a code when digits follow again ("24703L202").
        var end = figure.End;
        if (end < text.Length && TextScan.IsLetter(text[end]) && figure.Kind is FigureKind.Cardinal or FigureKind.Fraction)
        {
            var letters = TextScan.WordEnd(text, end);
            var unitWithDigit = letters < text.Length && TextScan.IsDigit(text[letters]) && (letters + 1 == text.Length || !char.IsLetterOrDigit(text[letters + 1]))
                && Lexicons.UnitLexicon.IsGluedUnitWithDigit(text[end..(letters + 1)]);
            if (unitWithDigit)
            {
                // "24703m2": a unit symbol with a digit, not a code.
                figure = figure with { HasSuffix = true };
            }
            else if (letters < text.Length && TextScan.IsDigit(text[letters]))
            {
                var codeEnd = letters;
                while (codeEnd < text.Length && (TextScan.IsLetter(text[codeEnd]) || TextScan.IsDigit(text[codeEnd])))
                {
                    codeEnd++;
                }

                figure = figure with { End = codeEnd, Kind = FigureKind.Identifier };
                next = codeEnd;
            }
            else
            {
                figure = figure with { HasSuffix = true };
            }
        }

        // 2019-20: a season or fiscal year.
        if (figure.Kind == FigureKind.Cardinal && figure.End - figure.Start == 4 && figure.Value is >= 1900 and <= 2100
            && figure.End + 3 <= text.Length && TextScan.IsDash(text[figure.End]) && TextScan.IsDigit(text[figure.End + 1]) && TextScan.IsDigit(text[figure.End + 2])
            && (figure.End + 3 == text.Length || !TextScan.IsDigit(text[figure.End + 3])))
        {
            figure = figure with { End = figure.End + 3, Kind = FigureKind.Calendar };
            next = figure.End;
        }

        if (NonQuantityFilter.Classify(text, figure) is { } classified)
        {
            // A year-shaped number right after a year and a connector is a year too: "from 2010 to 2015".
            if (classified.Kind == FigureKind.Cardinal && classified.End - classified.Start == 4 && classified.Value is >= 1900 and <= 2100
                && figures.Count > 0 && figures[^1].Kind == FigureKind.Calendar && classified.Start - figures[^1].End <= 9)
            {
                classified = classified with { Kind = FigureKind.Calendar };
            }

            figures.Add(classified);
            next = Math.Max(next, classified.End);
        }

        return Math.Max(next, i + 1);
    }

    private static int ScanWords(ReadOnlySpan<char> text, int i, int wordEnd, NumberRecognitionOptions options, List<Figure> figures)
    {
        // Cheap reject first: most words are not number words, vague amounts or signs.
        Span<char> buffer = stackalloc char[Lexicons.NumberLexicon.MaxWordLength];
        if (!TextScan.TryLower(text[i..wordEnd], buffer, out var lower)
            || !(Lexicons.NumberLexicon.TryGet(lower, out _) || VagueReader.IsStartWord(lower) || lower is "minus" or "negative"))
        {
            return wordEnd;
        }

        if (VagueReader.TryRead(text, i, options, out var vague))
        {
            figures.Add(vague);
            return vague.End;
        }

        var negative = false;
        var start = i;
        var signEnd = TextScan.MatchAt(text, i, "minus");
        if (signEnd < 0)
        {
            signEnd = TextScan.MatchAt(text, i, "negative");
        }

        if (signEnd > 0)
        {
            var k = TextScan.SkipSpaces(text, signEnd);
            if (k > signEnd && k < text.Length && TextScan.IsDigit(text[k]))
            {
                var before = figures.Count;
                var resume = ScanDigits(text, k, figures);
                if (figures.Count > before && figures[^1].Kind is FigureKind.Cardinal or FigureKind.Fraction && figures[^1].Start == k)
                {
                    var f = figures[^1];
                    figures[^1] = f with { Start = start, Value = -f.Value, High = -f.High };
                }

                return resume;
            }

            negative = true;
            i = k;
        }

        if (WordNumberScanner.TryScan(text, i, out var figure))
        {
            if (negative)
            {
                if (figure.Kind is not (FigureKind.Cardinal or FigureKind.Fraction))
                {
                    return wordEnd;
                }

                figure = figure with { Start = start, Value = -figure.Value, High = -figure.High };
            }

            if (NonQuantityFilter.Classify(text, figure) is { } kept)
            {
                figures.Add(kept);
            }

            return Math.Max(figure.End, wordEnd);
        }

        return negative ? i : wordEnd;
    }

    /// <summary>True when the dash at <paramref name="dash"/> follows a number and a space ("75 -300mm"): a range dash, not a sign.</summary>
    private static bool AfterNumberAndSpace(ReadOnlySpan<char> text, int dash)
    {
        var k = TextScan.SkipSpacesLeft(text, dash);
        return k < dash && k > 0 && TextScan.IsDigit(text[k - 1]);
    }

    private static decimal VulgarFraction(char c) => c switch
    {
        '½' => 0.5m,
        '¼' => 0.25m,
        '¾' => 0.75m,
        '⅓' => 1m / 3,
        '⅔' => 2m / 3,
        '⅕' => 0.2m,
        '⅙' => 1m / 6,
        '⅛' => 0.125m,
        _ => 0m,
    };

    private static bool IsAfterCurrencySign(ReadOnlySpan<char> text, int i)
    {
        var k = TextScan.SkipSpacesLeft(text, i);
        return k > 0 && (text[k - 1] is '$' or '£' or '€' or '¥' or '₹' or '₽' or '₩' or '₺' or '₪' or '₿' or '₦' or '₱' or '₴' or '₫' or '₵' or '₸' or '৳' or '₡' or '₾' or '₭'
            || (k >= 3 && Lexicons.UnitLexicon.IsCurrencyCode(text[TextScan.WordStart(text, k)..k])));
    }

    /// <summary>"one in five", "3 out of 4": a ratio read as its quotient. Compacts the list in place (linear).</summary>
    private static void MergeRatios(ReadOnlySpan<char> text, List<Figure> figures)
    {
        var write = 0;
        for (var k = 0; k < figures.Count; k++)
        {
            if (k + 1 < figures.Count && TryRatio(text, figures[k], figures[k + 1], out var ratio))
            {
                figures[write++] = ratio;
                k++;
                continue;
            }

            figures[write++] = figures[k];
        }

        figures.RemoveRange(write, figures.Count - write);
    }

    private static bool TryRatio(ReadOnlySpan<char> text, Figure a, Figure b, out Figure ratio)
    {
        ratio = default;
        if (a.Kind != FigureKind.Cardinal || b.Kind != FigureKind.Cardinal || a.Scale != 1 || a.Value < 1 || a.Value >= b.Value
            || a.Value != decimal.Truncate(a.Value) || b.HasSuffix || a.HasSuffix)
        {
            return false;
        }

        var gap = text[a.End..b.Start];
        if (TextScan.MatchAt(gap, 0, " in ") != gap.Length && TextScan.MatchAt(gap, 0, " out of ") != gap.Length)
        {
            return false;
        }

        var value = a.Value / b.Value;
        ratio = new Figure(a.Start, b.End, FigureKind.Fraction, value, null, value, 1, a.IsWords);
        return true;
    }
}
