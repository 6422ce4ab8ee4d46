namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>
/// Reads power notation after the digits of a figure: a caret ("10^6", "1.1^23") or a mantissa times a power of ten
/// ("1.3x10^6", "2.5 × 10^3", "4*10^-2"). A power whose exponent has more than <see cref="MaxExponentDigits"/> digits, or
/// whose value does not fit a <see cref="decimal"/>, is declined: the whole notation is skipped and no figure is read,
/// so "10^999999999 people" is never read as 999999999 people.
/// </summary>
internal static class PowerNotation
{
    /// <summary>Exponents are read up to this many digits; a longer one is absurd and declines the figure.</summary>
    public const int MaxExponentDigits = 3;

    /// <summary>What <see cref="Read"/> found after a figure.</summary>
    public enum Outcome
    {
        /// <summary>No power notation: the figure stands as it is.</summary>
        None,

        /// <summary>A power, read into the value.</summary>
        Read,

        /// <summary>A power out of range: no figure, scanning resumes after the notation.</summary>
        Declined,
    }

    /// <summary>
    /// Reads power notation at <paramref name="j"/>, just after the digits of <paramref name="value"/>. On
    /// <see cref="Outcome.Read"/>, <paramref name="result"/> is the figure's value and <paramref name="end"/> where the
    /// notation ends; on
    /// <see cref="Outcome.Declined"/>, <paramref name="end"/> is where scanning resumes.
    /// </summary>
    public static Outcome Read(ReadOnlySpan<char> text, int j, decimal value, out decimal result, out int end)
    {
        result = value;
        end = j;
        if (j < text.Length && text[j] == '^')
        {
            // "10^6": the figure is the base.
            if (!TryExponentAfterCaret(text, j, out var power, out end))
            {
                return end > j ? Outcome.Declined : Outcome.None;
            }

            return TryPower(value, power, out result) ? Outcome.Read : Outcome.Declined;
        }

        // "1.3x10^6", "2.5 × 10^3": the figure is the mantissa.
        var k = TextScan.SkipSpaces(text, j);
        if (k >= text.Length || text[k] is not ('x' or '×' or '*' or '·'))
        {
            return Outcome.None;
        }

        k = TextScan.SkipSpaces(text, k + 1);
        if (k + 2 >= text.Length || text[k] != '1' || text[k + 1] != '0' || text[k + 2] != '^')
        {
            return Outcome.None;
        }

        if (!TryExponentAfterCaret(text, k + 2, out var tens, out end))
        {
            return end > k + 2 ? Outcome.Declined : Outcome.None;
        }

        return TryPower(10, tens, out var scale) && TryMultiply(value, scale, out result) ? Outcome.Read : Outcome.Declined;
    }

    /// <summary>
    /// The signed exponent after the caret at <paramref name="caret"/>. False with <paramref name="end"/> at the caret when
    /// no digits follow (not power notation); false with <paramref name="end"/> past the digits when there are too many.
    /// </summary>
    private static bool TryExponentAfterCaret(ReadOnlySpan<char> text, int caret, out int exponent, out int end)
    {
        exponent = 0;
        end = caret;
        var k = caret + 1;
        var negative = false;
        if (k < text.Length && text[k] is '+' or '-' or '−')
        {
            negative = text[k] != '+';
            k++;
        }

        var start = k;
        while (k < text.Length && TextScan.IsDigit(text[k]))
        {
            if (k - start < MaxExponentDigits)
            {
                exponent = (exponent * 10) + (text[k] - '0');
            }

            k++;
        }

        if (k == start)
        {
            return false;
        }

        end = k;
        exponent = negative ? -exponent : exponent;
        return k - start <= MaxExponentDigits;
    }

    /// <summary><paramref name="value"/> to the power <paramref name="exponent"/>, when it fits a decimal.</summary>
    private static bool TryPower(decimal value, int exponent, out decimal result)
    {
        result = 1;
        if (exponent < 0)
        {
            // Only a power of ten may be negative ("10^-3"); a decimal keeps 28 places.
            if (value != 10 || exponent < -DigitScanner.MaxDigits)
            {
                return false;
            }

            for (var k = 0; k < -exponent; k++)
            {
                result /= 10;
            }

            return true;
        }

        for (var k = 0; k < exponent; k++)
        {
            if (!TryMultiply(result, value, out result))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <paramref name="a"/> times <paramref name="b"/>, false on overflow. A factor of at most 1 in size cannot overflow
    /// (the product only shrinks), and <see cref="DigitScanner.TryMultiply"/> would divide by it.
    /// </summary>
    private static bool TryMultiply(decimal a, decimal b, out decimal product)
    {
        if (Math.Abs(b) <= 1)
        {
            product = a * b;
            return true;
        }

        return DigitScanner.TryMultiply(a, b, out product);
    }
}
