using System.Globalization;

namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>
/// Reads a figure written in digits: separators ("3,400", "1 234 567", no-break and thin spaces), decimals
/// ("20417.56", ".08"), exponents ("1e10"), powers ("10^6", "1.3x10^6": <see cref="PowerNotation"/>), fractions ("3/4", "2 1/4"), ordinal suffixes ("20th") and scale words
/// ("1.2 million", "3bn", "10k"). Shapes that are not amounts (times, dates, dotted versions, phone numbers,
/// attached codes) come back as <see cref="FigureKind.Calendar"/> or <see cref="FigureKind.Identifier"/>.
/// </summary>
internal static class DigitScanner
{
    /// <summary>More significant digits than this are declined (decimal holds 28).</summary>
    public const int MaxDigits = 28;

    /// <summary>Scans the literal starting at <paramref name="i"/> (a digit, or a point before a digit).</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="i">Where the literal starts.</param>
    /// <param name="money">True after a currency sign: enables "m" and "b" as million and billion.</param>
    /// <param name="figure">The figure read.</param>
    /// <param name="next">Where scanning resumes; always greater than <paramref name="i"/>.</param>
    /// <returns>False when the literal was declined (too long, malformed); <paramref name="next"/> skips it.</returns>
    public static bool TryScan(ReadOnlySpan<char> text, int i, bool money, out Figure figure, out int next)
    {
        figure = default;
        var j = i;
        while (j < text.Length && TextScan.IsDigit(text[j]))
        {
            j++;
        }

        var firstGroup = j - i;
        if (firstGroup > MaxDigits)
        {
            next = SkipRun(text, j);
            return false;
        }

        Span<char> digits = stackalloc char[MaxDigits + 2];
        text[i..j].CopyTo(digits);
        var n = firstGroup;
        var grouped = false;
        if (firstGroup is > 0 and <= 3)
        {
            j = ReadGroups(text, j, digits, ref n, out grouped);
            if (n < 0)
            {
                next = SkipRun(text, j);
                return false;
            }
        }

        var intEnd = j;

        // 19:46, 7:30 → a time.
        if (!grouped && firstGroup is 1 or 2 && j < text.Length && text[j] == ':' && IsDigits(text, j + 1, 2) && !IsDigitAt(text, j + 3))
        {
            var end = j + 3;
            if (end < text.Length && text[end] == ':' && IsDigits(text, end + 1, 2))
            {
                end += 3;
            }

            figure = new Figure(i, end, FigureKind.Calendar, 0, null, 0);
            next = end;
            return true;
        }

        // 5/17/2018 (a date), 3/4 (a fraction), 24/7 and 9/11 (names).
        if (!grouped && j + 1 < text.Length && text[j] == '/' && TextScan.IsDigit(text[j + 1]))
        {
            return ScanSlash(text, i, j, out figure, out next);
        }

        var fractionDigits = 0;
        if (j + 1 < text.Length && text[j] == '.' && TextScan.IsDigit(text[j + 1]))
        {
            var k = j + 1;
            while (k < text.Length && TextScan.IsDigit(text[k]))
            {
                k++;
            }

            // 192.168.1.2, 1.2.3: a dotted code, not a decimal.
            if (k + 1 < text.Length && text[k] == '.' && TextScan.IsDigit(text[k + 1]))
            {
                next = SkipRun(text, k);
                figure = new Figure(i, next, FigureKind.Identifier, 0, null, 0);
                return true;
            }

            fractionDigits = k - j - 1;
            if (n + fractionDigits > MaxDigits)
            {
                next = k;
                return false;
            }

            digits[n++] = '.';
            text[(j + 1)..k].CopyTo(digits[n..]);
            n += fractionDigits;
            j = k;
        }
        else if (!grouped && firstGroup is > 0 and <= 3 && (i == 0 || text[i - 1] != ',') && j + 1 < text.Length && text[j] == ',' && CommaDecimalLength(text, j + 1) is > 0 and var len)
        {
            // "1,3" and "5,00": a comma decimal (two digits at most, not part of a list such as "22,24,26").
            digits[n++] = '.';
            text[(j + 1)..(j + 1 + len)].CopyTo(digits[n..]);
            n += len;
            fractionDigits = len;
            j += 1 + len;
        }

        if (!TryParseDigits(digits[..n], fractionDigits, out var value))
        {
            next = Math.Max(j, i + 1);
            return false;
        }

        // Phone numbers and codes: 222-2222-2222, +1-222-…
        if (fractionDigits == 0 && !grouped && j + 1 < text.Length && text[j] == '-' && TextScan.IsDigit(text[j + 1]))
        {
            var k = j + 1;
            while (k < text.Length && TextScan.IsDigit(text[k]))
            {
                k++;
            }

            if (k + 1 < text.Length && text[k] == '-' && TextScan.IsDigit(text[k + 1]))
            {
                next = SkipRun(text, k);
                figure = new Figure(i, next, FigureKind.Identifier, 0, null, 0);
                return true;
            }
        }

        var scale = 1m;
        if (j < text.Length && (text[j] is 'e' or 'E') && TryExponent(text, j, out var exponent, out var expEnd))
        {
            if (Math.Abs(exponent) > 20 || !TryPow10(value, exponent, out value))
            {
                next = expEnd;
                return false;
            }

            j = expEnd;
            fractionDigits = Math.Max(0, fractionDigits - exponent);
        }
        else if (!grouped && PowerNotation.Read(text, j, value, out var powered, out var powerEnd) is var power && power != PowerNotation.Outcome.None)
        {
            next = powerEnd;
            if (power == PowerNotation.Outcome.Declined)
            {
                return false;
            }

            figure = new Figure(i, powerEnd, FigureKind.Cardinal, powered, null, powered);
            return true;
        }
        else if (j < text.Length && TextScan.IsLetter(text[j]) && TryOrdinalSuffix(text, j, out var ordEnd))
        {
            if (fractionDigits == 0 && !grouped)
            {
                figure = new Figure(i, ordEnd, FigureKind.Ordinal, value, null, value);
                next = ordEnd;
                return true;
            }
        }
        else if (j < text.Length && (text[j] is 's' or 'S') && fractionDigits == 0 && !grouped && (firstGroup == 4 || (firstGroup == 2 && value % 10 == 0))
            && (j + 1 >= text.Length || !TextScan.IsLetter(text[j + 1])))
        {
            // 1990s, 80s: a decade.
            figure = new Figure(i, j + 1, FigureKind.Calendar, value, null, value);
            next = j + 1;
            return true;
        }

        // "4.5m passengers": a decimal with a glued "m" before a counted noun is millions, as after a currency sign.
        var millions = money || (fractionDigits > 0 && ScaleWords.IsMillionsBeforeNoun(text, j));
        var (wordScale, scaleEnd) = ScaleWords.Read(text, j, millions);
        while (wordScale > 0)
        {
            if (!TryMultiply(scale, wordScale, out scale))
            {
                next = scaleEnd;
                return false;
            }

            j = scaleEnd;
            (wordScale, scaleEnd) = ScaleWords.Read(text, j, money);
            if (wordScale > 0 && wordScale <= 100)
            {
                break;
            }
        }

        if (!TryMultiply(value, scale, out var scaled))
        {
            next = j;
            return false;
        }

        var precision = fractionDigits > 0 ? PrecisionRule.OfLiteral(scaled, fractionDigits, scale) : scale == 1 ? PrecisionRule.OfIntegerDigits(digits[..n], 1) : PrecisionRule.OfInteger(scaled);
        figure = new Figure(i, j, FigureKind.Cardinal, scaled, precision, scaled, scale);
        next = j;

        // Mixed number: "2 1/4".
        if (scale == 1 && fractionDigits == 0 && !grouped)
        {
            var k = TextScan.SkipSpaces(text, j);
            var slash = DigitsEnd(text, k);
            if (k > j && k < text.Length && TextScan.IsDigit(text[k]) && slash + 1 < text.Length && text[slash] == '/' && TextScan.IsDigit(text[slash + 1])
                && ScanSlash(text, k, slash, out var frac, out var fracNext)
                && frac.Kind == FigureKind.Fraction && frac.Value < 1)
            {
                var total = value + frac.Value;
                figure = new Figure(i, frac.End, FigureKind.Fraction, total, null, total);
                next = fracNext;
            }
        }

        return true;
    }

    /// <summary>Parses ASCII digits with an optional point; a fast path for up to 18 digits avoids the general parser.</summary>
    private static bool TryParseDigits(ReadOnlySpan<char> digits, int fractionDigits, out decimal value)
    {
        var count = digits.Length - (fractionDigits > 0 ? 1 : 0);
        if (count > 18)
        {
            return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        var mantissa = 0L;
        foreach (var c in digits)
        {
            if (c != '.')
            {
                mantissa = unchecked((mantissa * 10) + (c - '0'));
            }
        }

        value = new decimal(unchecked((int)mantissa), unchecked((int)(mantissa >> 32)), 0, false, (byte)fractionDigits);
        return true;
    }

    /// <summary>End of the digits starting at <paramref name="i"/>.</summary>
    public static int DigitsEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && TextScan.IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Multiplies, returning false instead of overflowing.</summary>
    public static bool TryMultiply(decimal a, decimal b, out decimal product)
    {
        product = 0;
        if (a == 0 || b == 0)
        {
            return true;
        }

        if (Math.Abs(a) > decimal.MaxValue / Math.Abs(b))
        {
            return false;
        }

        product = a * b;
        return true;
    }

    private static int ReadGroups(ReadOnlySpan<char> text, int j, Span<char> digits, ref int n, out bool grouped)
    {
        grouped = false;
        var separator = '\0';
        while (j < text.Length)
        {
            var c = text[j];
            if (c != ',' && !TextScan.IsSpace(c))
            {
                break;
            }

            if (separator != '\0' && c != separator)
            {
                break;
            }

            // Indian grouping: 12,34,567 (pairs, then a final group of three).
            if (c == ',' && IsDigits(text, j + 1, 2) && j + 3 < text.Length && text[j + 3] == ',')
            {
                var k = j;
                var m = n;
                while (k + 3 < text.Length && text[k] == ',' && IsDigits(text, k + 1, 2) && text[k + 3] == ',')
                {
                    k += 3;
                    m += 2;
                }

                if (k < text.Length && text[k] == ',' && IsDigits(text, k + 1, 3) && !IsDigitAt(text, k + 4) && m + 3 <= MaxDigits)
                {
                    for (var p = j; p < k + 4; p++)
                    {
                        if (TextScan.IsDigit(text[p]))
                        {
                            digits[n++] = text[p];
                        }
                    }

                    grouped = true;
                    return k + 4;
                }

                break;
            }

            if (!IsDigits(text, j + 1, 3) || IsDigitAt(text, j + 4))
            {
                break;
            }

            // A plain space groups only like-sized groups of three: "1 234 567", not "in 2016 300".
            if (n + 3 > MaxDigits)
            {
                n = -1;
                return SkipRun(text, j);
            }

            text.Slice(j + 1, 3).CopyTo(digits[n..]);
            n += 3;
            separator = c;
            grouped = true;
            j += 4;
        }

        return j;
    }

    private static bool ScanSlash(ReadOnlySpan<char> text, int i, int slash, out Figure figure, out int next)
    {
        var denEnd = DigitsEnd(text, slash + 1);
        if (denEnd < text.Length && text[denEnd] == '/' && denEnd + 1 < text.Length && TextScan.IsDigit(text[denEnd + 1]))
        {
            next = DigitsEnd(text, denEnd + 1);
            figure = new Figure(i, next, FigureKind.Calendar, 0, null, 0);
            return true;
        }

        next = denEnd;
        if (slash - i > 9 || denEnd - slash - 1 > 9)
        {
            figure = new Figure(i, denEnd, FigureKind.Identifier, 0, null, 0);
            return true;
        }

        if (!decimal.TryParse(text[i..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
            || !decimal.TryParse(text[(slash + 1)..denEnd], NumberStyles.None, CultureInfo.InvariantCulture, out var denominator))
        {
            figure = new Figure(i, Math.Max(denEnd, slash + 1), FigureKind.Identifier, 0, null, 0);
            next = Math.Max(denEnd, slash + 1);
            return true;
        }

        var proper = denominator != 0 && numerator < denominator && (denominator <= 10 || denominator is 12 or 16 or 32 or 64 or 100);
        if (!proper || (denEnd < text.Length && TextScan.IsLetter(text[denEnd]) && !IsUnitStart(text, denEnd)))
        {
            figure = new Figure(i, denEnd, FigureKind.Identifier, 0, null, 0);
            return true;
        }

        var value = numerator / denominator;
        figure = new Figure(i, denEnd, FigureKind.Fraction, value, null, value);
        return true;
    }

    private static bool IsUnitStart(ReadOnlySpan<char> text, int i) => text[i] is 'm' or 'k' or 'c' or 'l' or 'g' or 'i';

    private static int CommaDecimalLength(ReadOnlySpan<char> text, int i)
    {
        var end = DigitsEnd(text, i);
        var len = end - i;
        if (len is < 1 or > 2)
        {
            return 0;
        }

        if (end + 1 < text.Length && text[end] == ',' && TextScan.IsDigit(text[end + 1]))
        {
            return 0;
        }

        return len;
    }

    private static bool TryExponent(ReadOnlySpan<char> text, int j, out int exponent, out int end)
    {
        exponent = 0;
        end = j;
        var k = j + 1;
        var negative = false;
        if (k < text.Length && text[k] is '+' or '-')
        {
            negative = text[k] == '-';
            k++;
        }

        var start = k;
        while (k < text.Length && TextScan.IsDigit(text[k]) && k - start < 4)
        {
            exponent = (exponent * 10) + (text[k] - '0');
            k++;
        }

        if (k == start || (k < text.Length && (TextScan.IsLetter(text[k]) || TextScan.IsDigit(text[k]))))
        {
            return false;
        }

        exponent = negative ? -exponent : exponent;
        end = k;
        return true;
    }

    private static bool TryPow10(decimal value, int exponent, out decimal result)
    {
        result = value;
        for (var k = 0; k < Math.Abs(exponent); k++)
        {
            if (exponent > 0)
            {
                if (!TryMultiply(result, 10, out result))
                {
                    return false;
                }
            }
            else
            {
                result /= 10;
            }
        }

        return true;
    }

    private static bool TryOrdinalSuffix(ReadOnlySpan<char> text, int j, out int end)
    {
        end = TextScan.WordEnd(text, j);
        if (end - j != 2)
        {
            return false;
        }

        var a = char.ToLowerInvariant(text[j]);
        var b = char.ToLowerInvariant(text[j + 1]);
        return (a, b) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
    }

    private static bool IsDigits(ReadOnlySpan<char> text, int i, int count)
    {
        if (i + count > text.Length)
        {
            return false;
        }

        for (var k = i; k < i + count; k++)
        {
            if (!TextScan.IsDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigitAt(ReadOnlySpan<char> text, int i) => i < text.Length && TextScan.IsDigit(text[i]);

    /// <summary>Skips a run of digits and separators (declined huge numbers, codes).</summary>
    private static int SkipRun(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (TextScan.IsDigit(text[i]) || ((text[i] is ',' or '.' or '-' or '/') && i + 1 < text.Length && TextScan.IsDigit(text[i + 1]))))
        {
            i++;
        }

        return i;
    }
}
