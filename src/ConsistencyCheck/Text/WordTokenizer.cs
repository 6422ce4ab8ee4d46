using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ConsistencyCheck.Text;

/// <summary>
/// Splits a span of text into words: runs of letters, digits and inner hyphens, apostrophes, commas or periods
/// between digits ("55,000", "3.5", "forty-one", "doctors'"). One linear pass; thread-safe.
/// </summary>
public static class WordTokenizer
{
    /// <summary>The words of <paramref name="span"/> in <paramref name="text"/>, in order.</summary>
    public static ImmutableArray<Word> Tokenize(string text, SourceSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = Math.Min(span.End, text.Length);
        var clauseBreak = false;
        var i = Math.Max(0, span.Start);

        // A word ends before a character that is not part of it, so n characters hold at most (n + 1) / 2 words:
        // a pooled buffer of that size never grows, and the result is copied out once, at its exact length.
        var words = ArrayPool<Word>.Shared.Rent((Math.Max(0, end - i) + 1) / 2);
        var count = 0;
        while (i < end)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is ',' or ';' or ':' or '(' or ')' or '—' or '–' or '"' or '“' or '”')
                {
                    clauseBreak = true;
                }

                i++;
                continue;
            }

            var start = i;
            i++;
            while (i < end)
            {
                var d = text[i];
                if (char.IsLetterOrDigit(d))
                {
                    i++;
                }
                else if (d is '-' or '\'' or '’' && i + 1 < end && char.IsLetter(text[i + 1]) && char.IsLetterOrDigit(text[i - 1]))
                {
                    i++;
                }
                else if (d is ',' or '.' && i + 1 < end && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            var length = i - start;
            words[count++] = new Word(new SourceSpan(start, length), Lower(text.AsSpan(start, length)), char.IsUpper(c), clauseBreak);
            clauseBreak = false;
        }

        var result = ImmutableArray.Create<Word>(words.AsSpan(0, count));
        words.AsSpan(0, count).Clear();
        ArrayPool<Word>.Shared.Return(words);
        return result;
    }

    /// <summary>
    /// The invariant lower case of <paramref name="word"/>: a shared string for a common word, else a new one (one
    /// allocation, where <c>Substring</c> then <c>ToLowerInvariant</c> made two for a capitalized word).
    /// </summary>
    private static string Lower(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        var lower = buffer[..word.Length];
        word.ToLowerInvariant(lower);
#if NET9_0_OR_GREATER
        if (CommonLookup.TryGetValue(lower, out var shared))
        {
            return shared;
        }
#endif
        return new string(lower);
    }

#if NET9_0_OR_GREATER
    /// <summary>Frequent words of English news text, whose lower-case strings are shared rather than allocated per occurrence.</summary>
    private static readonly string[] CommonWords =
    [
        "a", "about", "after", "against", "all", "also", "an", "and", "any", "are", "area", "around", "as", "at", "be",
        "because", "been", "before", "being", "between", "both", "but", "by", "can", "city", "could", "country", "day",
        "days", "did", "during", "each", "earlier", "first", "for", "from", "government", "had", "has", "have", "he",
        "her", "his", "i", "if", "in", "into", "is", "it", "its", "last", "least", "less", "local", "many", "may", "more",
        "most", "much", "new", "no", "not", "now", "number", "of", "officials", "on", "one", "only", "or", "other", "our",
        "out", "over", "people", "per", "police", "region", "report", "reported", "reports", "residents", "said", "says",
        "she", "since", "so", "some", "spokesperson", "still", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "those", "three", "through", "to", "total", "two", "under", "until", "up", "was", "we",
        "week", "were", "what", "when", "where", "which", "while", "who", "will", "with", "would", "year", "years",
    ];

    // Declared after the words: static fields are initialized in order.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonLookup =
        CommonWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
#endif
}
