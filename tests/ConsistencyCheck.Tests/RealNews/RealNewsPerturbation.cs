using System.Globalization;
using System.Text.RegularExpressions;

namespace ConsistencyCheck.Tests.RealNews;

/// <summary>
/// Makes a figure clearly incompatible while keeping its form and hedge (docs/evaluation.md, section 5): digits stay
/// digits with the same grouping and decimals ("nearly 55,000" → "nearly 165,000"), number words stay words
/// ("Forty-one" → "One hundred twenty-three"), a share stays under 100 ("52 percent" → "17 percent"), a year moves
/// six years back, a day of the month nine days, a weekday three days ("Wednesday" → "Saturday"), a month six
/// ("January" → "July"), an ordinal word three places ("second" → "fifth"). Returns null for a figure it cannot
/// change that way ("last month").
/// </summary>
public static partial class RealNewsPerturbation
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static readonly Dictionary<string, string> VagueSwaps = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = "thousands",
        ["hundreds"] = "dozens",
        ["thousands"] = "dozens",
        ["millions"] = "thousands",
        ["a handful"] = "hundreds",
        ["a dozen"] = "five dozen",
        ["half"] = "a tenth",
        ["a third"] = "a tenth",
        ["a quarter"] = "two-thirds",
        ["two-thirds"] = "a tenth",
        ["three-quarters"] = "a tenth",
        ["a majority"] = "a tenth",
    };

    /// <summary>The quote with its figure changed, or null when the form cannot be kept.</summary>
    /// <param name="quote">The figure as written, hedge included.</param>
    /// <param name="kind">The annotated kind (count, amount, share, measure, date, year, ordinal).</param>
    public static string? Perturb(string quote, string kind)
    {
        var digits = DigitFigure().Match(quote);
        if (digits.Success)
        {
            var changed = ChangeDigits(digits.Value, kind, quote);
            if (changed is null)
            {
                return null;
            }

            var after = quote[(digits.Index + digits.Length)..];
            var suffix = OrdinalSuffix().Match(after);
            if (suffix.Success)
            {
                after = Suffix(changed) + after[suffix.Length..];
            }

            return quote[..digits.Index] + changed + after;
        }

        foreach (var (vague, swap) in VagueSwaps)
        {
            var at = quote.IndexOf(vague, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && WordBoundary(quote, at, vague.Length))
            {
                return string.Concat(quote.AsSpan(0, at), Cased(swap, quote[at]), quote.AsSpan(at + vague.Length));
            }
        }

        if ((Shifted(quote, Weekdays, 3) ?? Shifted(quote, Months, 6) ?? Shifted(quote, Ordinals, 3)) is { } named)
        {
            return named;
        }

        var words = WordNumber().Match(quote);
        if (words.Success && ReadWords(words.Value) is { } value)
        {
            var text = Words(value * 3);
            return string.Concat(quote.AsSpan(0, words.Index), Cased(text, words.Value[0]), quote.AsSpan(words.Index + words.Length));
        }

        return null;
    }

    private static string? ChangeDigits(string figure, string kind, string quote)
    {
        var decimals = figure.Contains('.', StringComparison.Ordinal) ? figure.Length - figure.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        if (!decimal.TryParse(figure.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        decimal changed;
        if (kind == "year" || (kind == "date" && value is >= 1800 and <= 2100))
        {
            changed = value - 6;
        }
        else if (kind == "date" && value <= 31)
        {
            changed = value > 15 ? value - 9 : value + 9;
        }
        else if (kind == "share" && value * 3 > 100)
        {
            changed = Math.Round(value / 3, decimals, MidpointRounding.AwayFromZero);
        }
        else if (quote.Contains("year", StringComparison.OrdinalIgnoreCase) && value >= 30)
        {
            changed = Math.Round(value / 2, decimals, MidpointRounding.AwayFromZero);
        }
        else
        {
            changed = value * 3;
        }

        var format = (figure.Contains(',', StringComparison.Ordinal) ? "#,0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : string.Empty);
        return changed.ToString(format, CultureInfo.InvariantCulture);
    }

    private static string Suffix(string number)
    {
        var tens = number.Length > 1 ? number[^2] : '0';
        return tens == '1' ? "th" : number[^1] switch { '1' => "st", '2' => "nd", '3' => "rd", _ => "th" };
    }

    /// <summary>The first name of the list in the quote, moved <paramref name="by"/> places round the list.</summary>
    private static string? Shifted(string quote, string[] names, int by)
    {
        for (var i = 0; i < names.Length; i++)
        {
            var at = quote.IndexOf(names[i], StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && WordBoundary(quote, at, names[i].Length))
            {
                var other = names[(i + by) % names.Length];
                return string.Concat(quote.AsSpan(0, at), Cased(other.ToLowerInvariant(), quote[at]), quote.AsSpan(at + names[i].Length));
            }
        }

        return null;
    }

    private static bool WordBoundary(string text, int at, int length) =>
        (at == 0 || !char.IsLetter(text[at - 1])) && (at + length == text.Length || !char.IsLetter(text[at + length]));

    private static string Cased(string text, char original) =>
        char.IsUpper(original) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private static int? ReadWords(string words)
    {
        var total = 0;
        foreach (var part in words.ToLowerInvariant().Split('-', ' '))
        {
            var unit = Array.IndexOf(Units, part);
            var ten = Array.IndexOf(Tens, part);
            if (unit >= 0)
            {
                total += unit;
            }
            else if (ten >= 2)
            {
                total += ten * 10;
            }
            else
            {
                return null;
            }
        }

        return total;
    }

    /// <summary>English words for 0 to 999 ("one hundred twenty-three").</summary>
    public static string Words(int value)
    {
        if (value >= 100)
        {
            var rest = value % 100;
            return Units[value / 100] + " hundred" + (rest == 0 ? string.Empty : " " + Words(rest));
        }

        if (value < 20)
        {
            return Units[value];
        }

        return Tens[value / 10] + (value % 10 == 0 ? string.Empty : "-" + Units[value % 10]);
    }

    [GeneratedRegex(@"[0-9]+(,[0-9]{3})*(\.[0-9]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex DigitFigure();

    [GeneratedRegex(@"\b(?i:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-(one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WordNumber();

    [GeneratedRegex(@"^(st|nd|rd|th)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalSuffix();
}
