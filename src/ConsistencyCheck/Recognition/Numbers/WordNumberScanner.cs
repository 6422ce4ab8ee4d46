using ConsistencyCheck.Recognition.Lexicons;

namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>
/// Reads a number written in English words: "Thirty-two", "one hundred and forty", "twenty-one thousand",
/// "a dozen", "two-thirds", "a third", "half", "one and a half", "two hundred point zero three", "twenty-first".
/// </summary>
/// <remarks>
/// The grammar is the usual additive one: units, teens and tens add; "hundred" multiplies what is pending;
/// a larger scale ("thousand", "million") closes a group. Scales must fall ("two million three thousand"),
/// otherwise the phrase ends, so "twenty twenty" and "two three" stay separate numbers.
/// </remarks>
internal static class WordNumberScanner
{
    /// <summary>Scans the number phrase starting with the word at <paramref name="i"/>.</summary>
    /// <returns>False when no number starts there.</returns>
    public static bool TryScan(ReadOnlySpan<char> text, int i, out Figure figure)
    {
        figure = default;
        var first = WordToken.Read(text, i);
        if (first.IsEmpty)
        {
            return false;
        }

        if (first.Text == 'a')
        {
            return TryScanAfterArticle(text, first, out figure);
        }

        if (!first.IsNumber)
        {
            return false;
        }

        // "hundred thousand dollars": a bare "hundred" before a larger scale stands for one hundred.
        if (first.Word.Kind == NumberWordKind.Hundred)
        {
            var next = WordToken.ReadNext(text, first.End, out var hyphen);
            return !hyphen && next.IsNumber && next.Word.Kind == NumberWordKind.Scale && TryScanFrom(text, first, 1, out figure);
        }

        return TryScanFrom(text, first, 0, out figure);
    }

    private static bool TryScanAfterArticle(ReadOnlySpan<char> text, WordToken article, out Figure figure, bool joinAnd = true)
    {
        figure = default;
        var next = WordToken.ReadNext(text, article.End, out var hyphen);
        if (hyphen || !next.IsNumber)
        {
            return false;
        }

        switch (next.Word.Kind)
        {
            case NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen:
                // "a dozen", "a hundred", "a million": the article stands for one.
                return TryScanFrom(text, next, 1, out figure, joinAnd) && Rebase(ref figure, article.Start);
            case NumberWordKind.Half or NumberWordKind.Quarter when TryFractionOfScale(text, article.Start, 1m / next.Word.Value, next.End, out figure):
                // "a quarter million", "a half billion".
                return true;
            case NumberWordKind.Half or NumberWordKind.Quarter or NumberWordKind.Ordinal when WordToken.JoinedToWord(text, next.End):
                // "a half-mast", "a quarter-final", "a third-party run": a word, not a fraction.
                return false;
            case NumberWordKind.Half or NumberWordKind.Quarter:
            case NumberWordKind.Ordinal when next.Word.Value >= 3:
                var value = 1m / next.Word.Value;
                figure = new Figure(article.Start, next.End, FigureKind.Fraction, value, null, value, 1, true);
                return true;
            default:
                return false;
        }
    }

    private static bool Rebase(ref Figure figure, int start)
    {
        figure = figure with { Start = start };
        return true;
    }

    private const int MaxWords = 32;

    // joinAnd: whether "and" may join a further part ("one hundred and six", "… and a half"). The part read after
    // "and" is read with it off, so a run of "one and one and …" costs one level of calls, not one per word.
    private static bool TryScanFrom(ReadOnlySpan<char> text, WordToken token, decimal seed, out Figure figure, bool joinAnd = true)
    {
        var start = token.Start;
        var total = 0m;
        var current = seed;
        NumberWordKind? last = seed > 0 ? NumberWordKind.Unit : null;
        var lastScale = decimal.MaxValue;
        var end = start;
        var kind = FigureKind.Cardinal;
        var fraction = 0m;
        var done = false;
        var afterAnd = false;
        var words = 0;

        // No number written in words runs past a few dozen words; stopping there keeps a page of "one hundred and
        // twenty-three thousand …" linear, since a scan may start at every word.
        while (!token.IsEmpty && !done && ++words <= MaxWords)
        {
            if (!token.IsNumber)
            {
                if (joinAnd && token.Text == '&' && last is not null && TryAnd(text, token, total + current, out var andFigure))
                {
                    if (andFigure.Kind == FigureKind.Cardinal && andFigure.Scale > 1)
                    {
                        // "one billion and a quarter million" adds 250,000; "five and a quarter million" is 5.25 million.
                        var whole = total + current;
                        if (lastScale != decimal.MaxValue && andFigure.Scale < lastScale)
                        {
                            total = whole + andFigure.Value;
                        }
                        else if (lastScale == decimal.MaxValue && DigitScanner.TryMultiply(whole, andFigure.Scale, out var scaledWhole))
                        {
                            total = scaledWhole + andFigure.Value;
                            lastScale = andFigure.Scale;
                        }
                        else
                        {
                            break;
                        }

                        current = 0;
                        end = andFigure.End;
                        break;
                    }

                    if (andFigure.Kind == FigureKind.Fraction)
                    {
                        // "one million and a half" is 1.5 million; "five and a half million" is 5.5 million.
                        fraction = current == 0 && lastScale != decimal.MaxValue ? andFigure.Value * lastScale : andFigure.Value;
                        end = andFigure.End;
                        kind = FigureKind.Fraction;
                        var after = WordToken.ReadNext(text, end, out var afterHyphen);
                        if (!afterHyphen && after.IsNumber && after.Word.Kind == NumberWordKind.Scale && after.Word.Value < lastScale)
                        {
                            // "five and a half million" scales the whole; "one billion and a half million" adds half a million.
                            var scaled = lastScale == decimal.MaxValue
                                ? DigitScanner.TryMultiply(total + current + andFigure.Value, after.Word.Value, out var all) ? all : -1
                                : DigitScanner.TryMultiply(andFigure.Value, after.Word.Value, out var part) ? total + current + part : -1;
                            if (scaled >= 0)
                            {
                                total = scaled;
                                current = 0;
                                fraction = 0;
                                lastScale = after.Word.Value;
                                end = after.End;
                                kind = scaled == decimal.Truncate(scaled) ? FigureKind.Cardinal : FigureKind.Fraction;
                            }
                        }

                        break;
                    }

                    // "one hundred and six": carry on with the word after "and".
                    afterAnd = true;
                    token = WordToken.ReadNext(text, token.End, out _);
                    continue;
                }

                if (token.Text == '.' && last is not null && TryPoint(text, token.End, out var decimals, out var pointEnd))
                {
                    fraction = decimals;
                    end = pointEnd;
                }

                break;
            }

            var w = token.Word;
            var v = w.Value;
            switch (w.Kind)
            {
                case NumberWordKind.Unit or NumberWordKind.Teen:
                    if (last is null or NumberWordKind.Hundred or NumberWordKind.Scale
                        || (last == NumberWordKind.Tens && w.Kind == NumberWordKind.Unit && v > 0 && current % 10 == 0))
                    {
                        current += v;
                        break;
                    }

                    done = true;
                    continue;
                case NumberWordKind.Tens:
                    if (last is null or NumberWordKind.Hundred or NumberWordKind.Scale)
                    {
                        current += v;
                        break;
                    }

                    done = true;
                    continue;
                case NumberWordKind.Hundred:
                    if (last is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens && current is > 0 and < 100)
                    {
                        current *= 100;
                        break;
                    }

                    done = true;
                    continue;
                case NumberWordKind.Scale:
                    if (last == NumberWordKind.Scale && current == 0 && v > lastScale && DigitScanner.TryMultiply(total, v, out var compound))
                    {
                        // "three lakh crore", "two thousand million": a scale of a scale.
                        total = compound;
                        lastScale = v;
                        break;
                    }

                    if (last is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens or NumberWordKind.Hundred && current > 0 && v < lastScale)
                    {
                        total += current * v;
                        current = 0;
                        lastScale = v;
                        break;
                    }

                    done = true;
                    continue;
                case NumberWordKind.Dozen:
                    if (last is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens or NumberWordKind.Hundred && current > 0 && current < 1000)
                    {
                        // "three hundred dozen" is 3600, but "three hundred and two dozens" is 300 + 24: after "and" only the tail counts dozens.
                        var tail = last != NumberWordKind.Hundred && afterAnd ? current % 100 : current;
                        current = current - tail + (tail * 12);
                        end = token.End;
                    }

                    done = true;
                    continue;
                case NumberWordKind.Ordinal:
                    if (last is null)
                    {
                        current = v;
                        kind = FigureKind.Ordinal;
                    }
                    else if ((last == NumberWordKind.Tens && v < 10 && current % 10 == 0) || (last is NumberWordKind.Hundred or NumberWordKind.Scale && v < 100))
                    {
                        current += v;
                        kind = FigureKind.Ordinal;
                    }
                    else if (v >= 100 && last is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens or NumberWordKind.Hundred && current > 0)
                    {
                        current *= v;
                        kind = FigureKind.Ordinal;
                    }
                    else if (v >= 3 && v < 100 && last is NumberWordKind.Unit or NumberWordKind.Teen && total == 0 && current == 1)
                    {
                        // "one fifth": a fraction; "one third of a million": a fraction of a scale.
                        if (TryFractionOfScale(text, start, current / v, token.End, out figure))
                        {
                            return true;
                        }

                        current /= v;
                        kind = FigureKind.Fraction;
                    }
                    else
                    {
                        done = true;
                        continue;
                    }

                    end = token.End;
                    done = true;
                    continue;
                case NumberWordKind.Denominator:
                    if (last is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens && total == 0 && current > 0)
                    {
                        if (TryFractionOfScale(text, start, current / v, token.End, out figure))
                        {
                            // "three quarters billion", "two thirds of a million".
                            return true;
                        }

                        current /= v;
                        kind = FigureKind.Fraction;
                        end = token.End;
                    }

                    done = true;
                    continue;
                case NumberWordKind.Half:
                    if (last is null)
                    {
                        return TryHalf(text, token, out figure);
                    }

                    if (last == NumberWordKind.Unit && total == 0 && current == 1)
                    {
                        current = 0.5m;
                        kind = FigureKind.Fraction;
                        end = token.End;
                    }

                    done = true;
                    continue;
                case NumberWordKind.Quarter:
                    if (last is null && WordToken.ReadNext(text, token.End, out var qh) is { IsNumber: true } qn && !qh && qn.Word.Kind == NumberWordKind.Scale)
                    {
                        var quarterValue = qn.Word.Value / 4;
                        figure = new Figure(token.Start, qn.End, FigureKind.Cardinal, quarterValue, PrecisionRule.OfInteger(quarterValue), quarterValue, qn.Word.Value, true);
                        return true;
                    }

                    if (last == NumberWordKind.Unit && total == 0 && current == 1)
                    {
                        current = 0.25m;
                        kind = FigureKind.Fraction;
                        end = token.End;
                    }

                    done = true;
                    continue;
            }

            last = w.Kind;
            end = token.End;
            token = WordToken.ReadNext(text, token.End, out _);
        }

        if (end == start)
        {
            figure = default;
            return false;
        }

        var value = total + current + fraction;
        var scale = current == 0 && lastScale != decimal.MaxValue ? lastScale : 1m;
        decimal? precision = kind == FigureKind.Cardinal && fraction == 0 ? PrecisionRule.OfInteger(value) : null;
        if (kind == FigureKind.Cardinal && fraction != 0)
        {
            kind = FigureKind.Fraction;
        }

        figure = new Figure(start, end, kind, value, precision, value, scale, true);
        return true;
    }

    /// <summary>
    /// A fraction of a scale: "three quarters billion", "a quarter million", "two thirds of a million", "a quarter of a million".
    /// <paramref name="end"/> is the end of the fraction words.
    /// </summary>
    private static bool TryFractionOfScale(ReadOnlySpan<char> text, int start, decimal fraction, int end, out Figure figure)
    {
        figure = default;
        var next = WordToken.ReadNext(text, end, out var hyphen);
        if (!hyphen && !next.IsNumber && TextScan.MatchAt(text, next.Start, "of a") is > 0 and var ofA)
        {
            next = WordToken.ReadNext(text, ofA, out hyphen);
        }

        // "a half-dozen", "a quarter-million": a hyphen may join the fraction to its scale.
        if (!next.IsNumber || next.Word.Kind is not (NumberWordKind.Scale or NumberWordKind.Hundred or NumberWordKind.Dozen)
            || !DigitScanner.TryMultiply(fraction, next.Word.Value, out var value))
        {
            return false;
        }

        var kind = value == decimal.Truncate(value) ? FigureKind.Cardinal : FigureKind.Fraction;
        figure = new Figure(start, next.End, kind, value, kind == FigureKind.Cardinal ? PrecisionRule.OfInteger(value) : null, value, next.Word.Value, true);
        return true;
    }

    /// <summary>"… and a half", "… and three fifths": a fraction joined by "and".</summary>
    private static bool TryAnd(ReadOnlySpan<char> text, WordToken and, decimal soFar, out Figure figure)
    {
        figure = default;
        var next = WordToken.ReadNext(text, and.End, out var hyphen);
        if (hyphen || next.IsEmpty)
        {
            return false;
        }

        if (next.Text == 'a' && TryScanAfterArticle(text, next, out figure, joinAnd: false) && (figure.Kind == FigureKind.Fraction || (figure.Kind == FigureKind.Cardinal && figure.Scale > 1 && figure.Value < figure.Scale)))
        {
            return true;
        }

        if (!next.IsNumber || soFar == 0)
        {
            return false;
        }

        if (TryScanFrom(text, next, 0, out var after, joinAnd: false)
            && ((after.Kind == FigureKind.Fraction && after.Value < 1) || (after.Kind == FigureKind.Cardinal && after.Scale > 1 && after.Value < after.Scale)))
        {
            // "… and three fifths", "… and three quarters million".
            figure = after;
            return true;
        }

        // Plain "and" between groups: "one hundred and six", "two thousand and two".
        figure = default;
        return next.Word.Kind is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens && soFar >= 100;
    }

    /// <summary>"point zero three", "point seventy-one": digits after a spoken decimal point.</summary>
    private static bool TryPoint(ReadOnlySpan<char> text, int pointEnd, out decimal value, out int end)
    {
        value = 0;
        end = pointEnd;
        var scale = 1m;
        var token = WordToken.ReadNext(text, pointEnd, out _);
        var count = 0;
        while (token.IsNumber && count < 12)
        {
            var v = token.Word.Value;
            switch (token.Word.Kind)
            {
                case NumberWordKind.Unit:
                    scale /= 10;
                    value += v * scale;
                    break;
                case NumberWordKind.Teen or NumberWordKind.Tens:
                    var next = WordToken.ReadNext(text, token.End, out _);
                    if (token.Word.Kind == NumberWordKind.Tens && next.IsNumber && next.Word.Kind == NumberWordKind.Unit && next.Word.Value > 0)
                    {
                        v += next.Word.Value;
                        token = next;
                    }

                    scale /= 100;
                    value += v * scale;
                    break;
                default:
                    return count > 0;
            }

            end = token.End;
            count++;
            token = WordToken.ReadNext(text, token.End, out _);
        }

        return count > 0;
    }

    /// <summary>"half", "half a dozen", "half a million", "half million", "half-dozen"; not "half-mast" or "half-brother".</summary>
    private static bool TryHalf(ReadOnlySpan<char> text, WordToken half, out Figure figure)
    {
        figure = default;
        if (WordToken.JoinedToWord(text, half.End))
        {
            return false;
        }

        var next = WordToken.ReadNext(text, half.End, out var hyphen);

        if (!hyphen && next.Text == 'a')
        {
            next = WordToken.ReadNext(text, next.End, out hyphen);
        }

        if (next.IsNumber && next.Word.Kind is NumberWordKind.Scale or NumberWordKind.Dozen or NumberWordKind.Hundred)
        {
            var value = next.Word.Value / 2;
            figure = new Figure(half.Start, next.End, FigureKind.Cardinal, value, PrecisionRule.OfInteger(value), value, next.Word.Value, true);
            return true;
        }

        figure = new Figure(half.Start, half.End, FigureKind.Fraction, 0.5m, null, 0.5m, 1, true);
        return true;
    }
}
