using ConsistencyCheck.Recognition.Lexicons;
using ConsistencyCheck.Recognition.Numbers;

namespace ConsistencyCheck.Recognition.Quantities;

/// <summary>
/// Reads measures written in two parts, in the larger unit: "3 dollars 50 cents" (3.5 dollars), "thirteen dollars and
/// forty-five cents", "15 dollars 50", "5 ft 2 in" and "5 feet and 2 inches" (5 1/6 feet), "2 pounds 3 ounces"; and rates
/// built from a unit and a time ("50 meters per millisecond", "50 km/ms").
/// </summary>
internal static class CompoundReader
{
    /// <summary>A two-part measure: its value in the larger unit, where the phrase ends, and the rounding of the smaller part.</summary>
    public readonly record struct Compound(decimal Value, int End, decimal Precision);

    private static readonly (string Phrase, string Name)[] TimeUnits =
    [
        ("milliseconds", "millisecond"), ("millisecond", "millisecond"), ("seconds", "second"), ("second", "second"), ("minutes", "minute"),
        ("minute", "minute"), ("hours", "hour"), ("hour", "hour"), ("days", "day"), ("day", "day"), ("weeks", "week"), ("week", "week"),
        ("months", "month"), ("month", "month"), ("years", "year"), ("year", "year"),
    ];

    private static readonly (string Symbol, string Name)[] TimeSymbols =
    [
        ("ms", "millisecond"), ("sec", "second"), ("s", "second"), ("min", "minute"), ("hr", "hour"), ("h", "hour"), ("day", "day"), ("yr", "year"),
    ];

    /// <summary>
    /// Reads <paramref name="minor"/> as the smaller part of the measure <paramref name="major"/> in <paramref name="unit"/>
    /// ending at <paramref name="unitEnd"/>. Without a smaller unit word ("15 dollars 50") only money written with a unit word
    /// after the figure qualifies, and only at the end of a clause, so "$15 and 20 people" stays two figures.
    /// </summary>
    public static bool TryReadTwoPart(ReadOnlySpan<char> text, Figure major, Unit unit, bool unitAfter, int unitEnd, Figure minor, out Compound compound)
    {
        compound = default;
        var ratio = RatioOf(unit);
        if (ratio == 0 || major.Value != decimal.Truncate(major.Value) || major.Value < 0 || major.Scale > 1 || !minor.IsAmount
            || minor.Value <= 0 || minor.Value >= ratio || minor.Start < unitEnd)
        {
            return false;
        }

        var gap = text[unitEnd..minor.Start];
        if (TextScan.SkipSpaces(gap, 0) != gap.Length && TextScan.MatchAt(gap, 0, " and ") != gap.Length)
        {
            return false;
        }

        var end = MinorUnitEnd(text, unit, minor.End);
        if (end < 0)
        {
            var after = TextScan.SkipSpaces(text, minor.End);
            if (unit.Category != "Currency" || !unitAfter || minor.HasSuffix || minor.Value != decimal.Truncate(minor.Value)
                || (after < text.Length && char.IsLetterOrDigit(text[after])))
            {
                return false;
            }

            end = minor.End;
        }

        compound = new Compound(major.Value + (minor.Value / ratio), end, 1m / ratio);
        return true;
    }

    /// <summary>"per millisecond", "/ms" after a unit ending at <paramref name="unitEnd"/>: the rate unit, or null.</summary>
    public static Unit? ReadRate(ReadOnlySpan<char> text, Unit unit, int unitEnd, out int end)
    {
        end = -1;
        if (unit.Category is "Currency" or "Speed" or "Temperature" or "Age" || unitEnd >= text.Length)
        {
            return null;
        }

        string? name = null;
        if (text[unitEnd] == '/')
        {
            foreach (var (symbol, timeName) in TimeSymbols)
            {
                if (TextScan.MatchAt(text, unitEnd + 1, symbol) is > 0 and var e)
                {
                    (name, end) = (timeName, e);
                    break;
                }
            }

            foreach (var (phrase, timeName) in TimeUnits)
            {
                if (name is null && TextScan.MatchAt(text, unitEnd + 1, phrase) is > 0 and var e)
                {
                    (name, end) = (timeName, e);
                }
            }
        }
        else if (ReadPer(text, unitEnd) is > 0 and var per)
        {
            foreach (var (phrase, timeName) in TimeUnits)
            {
                if (TextScan.MatchAt(text, per, phrase) is > 0 and var e)
                {
                    (name, end) = (timeName, e);
                    break;
                }
            }
        }

        return name is null ? null : new Unit(unit.Name + " per " + name, unit.Category == "Length" ? "Speed" : unit.Category + " rate");
    }

    /// <summary>"per", and "a"/"an" as in "1.2 million barrels a day", "80 miles an hour": the end of the word, or -1.</summary>
    private static int ReadPer(ReadOnlySpan<char> text, int unitEnd)
    {
        foreach (var per in (ReadOnlySpan<string>)[" per ", " a ", " an "])
        {
            if (TextScan.MatchAt(text, unitEnd, per) is > 0 and var e)
            {
                return e;
            }
        }

        return -1;
    }

    private static decimal RatioOf(Unit unit) => unit.Category switch
    {
        "Currency" when unit.Name is not ("Cent" or "Pence" or "Penny") => 100m,
        "Length" when unit.Name == "Foot" => 12m,
        "Length" when unit.Name == "Meter" => 100m,
        "Weight" when unit.Name == "Pound" => 16m,
        _ => 0m,
    };

    /// <summary>The end of the smaller unit after the figure ending at <paramref name="figureEnd"/>, or -1.</summary>
    private static int MinorUnitEnd(ReadOnlySpan<char> text, Unit major, int figureEnd)
    {
        var (entry, end) = UnitReader.ReadSuffix(text, figureEnd, scaled: false);
        var minor = major.Name switch
        {
            "Foot" => "Inch",
            "Meter" => "Centimeter",
            "Pound" when major.Category == "Weight" => "Ounce",
            _ => null,
        };
        if (entry is not null && (minor is null ? entry.Unit.Name is "Cent" or "Pence" or "Penny" : entry.Unit.Name == minor))
        {
            return end;
        }

        // "5 ft 2 in": "in" is an inch only right after feet.
        if (minor == "Inch" && TextScan.MatchAt(text, TextScan.SkipSpaces(text, figureEnd), "in") is > 0 and var inEnd)
        {
            return inEnd;
        }

        return -1;
    }
}
