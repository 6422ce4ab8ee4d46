namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>Reads the percent sign or word after a figure: "60%", "19 per cent", "5 percentage points".</summary>
internal static class PercentReader
{
    /// <summary>Percent: values are in percent (60 for "60%").</summary>
    public static readonly Unit Percent = new("Percent", "Percentage");

    /// <summary>Percentage point: a difference between two percentages.</summary>
    public static readonly Unit PercentagePoint = new("Percentage point", "Percentage");

    private static readonly (string Phrase, bool Points)[] Phrases =
    [
        (" percentage points", true), (" percentage point", true), ("-percentage-point", true), (" pct points", true),
        ("%", false), (" %", false), (" percent", false), (" per cent", false), ("-percent", false), ("-per-cent", false),
        (" percents", false), (" percentage", false), (" pct", false), ("pc", false),
    ];

    /// <summary>The end of the percent marker after <paramref name="end"/> and its unit; or (-1, null).</summary>
    public static (int End, Unit? Unit) Read(ReadOnlySpan<char> text, int end)
    {
        var k = TextScan.SkipSpaces(text, end);
        if (k >= text.Length || (text[k] != '%' && (text[k] | 0x20) != 'p' && !TextScan.IsDash(text[k])))
        {
            return (-1, null);
        }

        foreach (var (phrase, points) in Phrases)
        {
            var e = TextScan.MatchAt(text, end, phrase);

            // "%2D", "%20and": URL escapes, not percent signs.
            if (e > 0 && phrase[^1] == '%' && e < text.Length && char.IsLetterOrDigit(text[e]))
            {
                continue;
            }

            if (e > 0)
            {
                return (e, points ? PercentagePoint : Percent);
            }
        }

        return (-1, null);
    }
}
