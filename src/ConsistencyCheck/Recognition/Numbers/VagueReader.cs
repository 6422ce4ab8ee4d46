namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>
/// Reads vague amounts ("a few", "several", "a handful", "dozens", "scores of", "hundreds", "tens of thousands",
/// "a few hundred") as <see cref="FigureKind.Vague"/> figures carrying their conventional reading from
/// <see cref="NumberRecognitionOptions.VagueReadings"/>.
/// </summary>
internal static class VagueReader
{
    private static readonly (string Phrase, string Key)[] Phrases =
    [
        ("hundreds of thousands", "hundreds of thousands"),
        ("hundreds of millions", "hundreds of millions"),
        ("tens of thousands", "tens of thousands"),
        ("tens of millions", "tens of millions"),
        ("a couple of", "a couple"),
        ("a handful of", "a handful"),
        ("a handful", "a handful"),
        ("a few", "a few"),
        ("several", "several"),
        ("dozens", "dozens"),
        ("scores of", "scores"),
        ("hundreds", "hundreds"),
        ("thousands", "thousands"),
        ("millions", "millions"),
        ("billions", "billions"),
    ];

    /// <summary>True when the lower-case word <paramref name="lower"/> can start a vague amount or a number phrase ("a", "an").</summary>
    public static bool IsStartWord(ReadOnlySpan<char> lower) =>
        lower is "a" or "an" or "several" or "dozens" or "scores" or "hundreds" or "thousands" or "tens" or "millions" or "billions";

    /// <summary>Reads a vague amount starting at <paramref name="i"/>.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, int i, NumberRecognitionOptions options, out Figure figure)
    {
        figure = default;
        var first = char.ToLowerInvariant(text[i]);
        foreach (var (phrase, key) in Phrases)
        {
            if (phrase[0] != first)
            {
                continue;
            }

            var end = TextScan.MatchAt(text, i, phrase);
            if (end < 0 || !options.VagueReadings.TryGetValue(key, out var reading) || reading.Low is not { } low || reading.High is not { } high)
            {
                continue;
            }

            // "a couple of" and "scores of" keep "of" out of the span, like "dozens (of)".
            if (phrase.EndsWith(" of", StringComparison.Ordinal))
            {
                end = TextScan.SkipSpacesLeft(text, end - 2);
            }

            // "a few hundred", "several thousand", "a few dozen": the reading times the scale.
            if (key is "a few" or "several" or "a couple" or "a handful")
            {
                var next = WordToken.ReadNext(text, end, out var hyphen);
                if (!hyphen && next.IsNumber && next.Word.Kind is Lexicons.NumberWordKind.Hundred or Lexicons.NumberWordKind.Scale or Lexicons.NumberWordKind.Dozen
                    && DigitScanner.TryMultiply(low, next.Word.Value, out var l) && DigitScanner.TryMultiply(high, next.Word.Value, out var h))
                {
                    figure = new Figure(i, next.End, FigureKind.Vague, l, null, h, next.Word.Value, true);
                    return true;
                }
            }

            figure = new Figure(i, end, FigureKind.Vague, low, null, high, 1, true);
            return true;
        }

        return false;
    }
}
