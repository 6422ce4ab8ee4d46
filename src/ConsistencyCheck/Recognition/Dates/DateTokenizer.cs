namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Splits text into words, ASCII digit runs and single symbols, skipping white space. One pass, no
/// allocation beyond the token list; words are looked up in <see cref="DateLexicon"/> as they are cut.
/// </summary>
internal static class DateTokenizer
{
    /// <summary>Digit runs longer than this have no value (<see cref="DateToken.Number"/> is -1).</summary>
    private const int MaxValuedDigits = 9;

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<DateToken> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                var value = 0;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    if (i - start < MaxValuedDigits)
                    {
                        value = unchecked((value * 10) + (text[i] - '0'));
                    }

                    i++;
                }

                tokens.Add(new DateToken(DateTokenKind.Number, start, i - start, i - start > MaxValuedDigits ? -1 : value, -1));
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new DateToken(DateTokenKind.Word, start, i - start, 0, DateLexicon.Find(text[start..i])));
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                tokens.Add(new DateToken(DateTokenKind.Symbol, i, 1, Normalise(c), -1));
                i++;
            }
        }
    }

    private static char Normalise(char c) => c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        '\u2018' or '\u2019' or '\u02BC' => '\'',
        _ => c,
    };
}
