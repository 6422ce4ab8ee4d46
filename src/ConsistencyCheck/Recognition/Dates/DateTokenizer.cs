using System.Buffers;
using System.Runtime.CompilerServices;

namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Splits text into words, ASCII digit runs and single symbols, skipping white space. One pass, no
/// allocation beyond the (pooled) token buffer; words are looked up in <see cref="DateLexicon"/> as they are cut.
/// </summary>
internal static class DateTokenizer
{
    /// <summary>Digit runs longer than this have no value (<see cref="DateToken.Number"/> is -1).</summary>
    private const int MaxValuedDigits = 9;

    /// <summary>
    /// Writes the tokens of <paramref name="text"/> to <paramref name="buffer"/> from index 0 and returns their count.
    /// The buffer comes from <see cref="ArrayPool{T}.Shared"/>; when it fills, it is swapped for a larger pooled one
    /// (the old one is returned), so the caller returns whatever <paramref name="buffer"/> holds at the end.
    /// </summary>
    /// <remarks>Token offsets are those in <paramref name="text"/> plus <paramref name="offset"/> (where a slice starts in its whole text).</remarks>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked every few thousand characters).</exception>
    public static int Tokenize(ReadOnlySpan<char> text, ref DateToken[] buffer, int offset = 0, CancellationToken cancellationToken = default)
    {
        var tokens = new TokenSink(buffer, offset);
        try
        {
            Cut(text, ref tokens, cancellationToken);
        }
        finally
        {
            buffer = tokens.Buffer;
        }

        return tokens.Count;
    }

    private static void Cut(ReadOnlySpan<char> text, ref TokenSink tokens, CancellationToken cancellationToken)
    {
        var poll = new CancellationPoll(cancellationToken);
        var i = 0;
        while (i < text.Length)
        {
            poll.At(i);
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

                // "1,150" is a count with thousands groups, never a day or a year: one token without a value.
                var grouped = false;
                while (i < text.Length && text[i] == ',' && IsGroup(text, i + 1))
                {
                    grouped = true;
                    i += 4;
                }

                tokens.Add(new DateToken(DateTokenKind.Number, start, i - start, grouped || i - start > MaxValuedDigits ? -1 : value, -1));
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                var word = text[start..i];
                tokens.Add(new DateToken(DateTokenKind.Word, start, i - start, 0, IsCommonWordNotMonth(word) ? (short)-1 : DateLexicon.Find(word)));
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

    /// <summary>Appends tokens to a pooled array, growing it through the pool.</summary>
    private struct TokenSink(DateToken[] buffer, int offset)
    {
        public DateToken[] Buffer = buffer;
        public int Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(in DateToken token)
        {
            if (Count == Buffer.Length)
            {
                var larger = ArrayPool<DateToken>.Shared.Rent(Math.Max(Buffer.Length * 2, 256));
                Buffer.AsSpan(0, Count).CopyTo(larger);
                ArrayPool<DateToken>.Shared.Return(Buffer);
                Buffer = larger;
            }

            Buffer[Count++] = token with { Start = token.Start + offset };
        }
    }

    /// <summary>
    /// "march" and "may" in lower case are the noun and the modal verb ("during the march", "may rise"): news writes
    /// the months with a capital, so only "March" and "May" are months.
    /// </summary>
    private static bool IsCommonWordNotMonth(ReadOnlySpan<char> word) =>
        word.Length is 3 or 5 && char.IsLower(word[0]) &&
        (word.Equals("may", StringComparison.Ordinal) || word.Equals("march", StringComparison.Ordinal));

    private static bool IsGroup(ReadOnlySpan<char> text, int at) =>
        at + 3 <= text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2]) &&
        (at + 3 == text.Length || !char.IsAsciiDigit(text[at + 3]));

    private static char Normalise(char c) => c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        '\u2018' or '\u2019' or '\u02BC' => '\'',
        _ => c,
    };
}
