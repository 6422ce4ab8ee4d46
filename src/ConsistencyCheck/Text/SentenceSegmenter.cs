using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ConsistencyCheck.Text;

/// <summary>
/// Splits English news text into sentences with a single linear scan. A sentence ends at a line break, or at
/// <c>. ! ?</c> (with any closing quotes or brackets) followed by white space and a capital letter, digit or
/// opening quote, unless the period closes a known abbreviation ("Dr.", "No.", "a.m.", "Jan.") or an initial.
/// </summary>
/// <remarks>Thread-safe; allocates only the result.</remarks>
public static class SentenceSegmenter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st", "mt", "ft",
        "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "approx", "est", "fig", "dept", "univ",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "a.m", "p.m", "u.s", "u.k", "u.n", "e.g", "i.e", "al",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The characters at which a sentence or a line may end.</summary>
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\n\r\u2029\u2028.!?…");

    /// <summary>Returns the sentences of <paramref name="text"/> in order; leading and trailing white space is trimmed from each, and empty ones are dropped.</summary>
    public static ImmutableArray<SourceSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = ImmutableArray.CreateBuilder<SourceSpan>();
        var sentences = new Cursor(text);
        while (sentences.MoveNext())
        {
            result.Add(sentences.Current);
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The sentences of <paramref name="text"/> (those <see cref="Split"/> gives), found once for all the steps that read
    /// the text sentence by sentence.
    /// </summary>
    internal static SentenceMap Map(string text) => new(text, Split(text));

    /// <summary>Returns the sentence in <paramref name="sentences"/> containing <paramref name="offset"/>, or an empty span at it.</summary>
    public static SourceSpan Containing(ImmutableArray<SourceSpan> sentences, int offset)
    {
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = sentences[mid];
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return s;
            }
        }

        return new SourceSpan(offset, 0);
    }

    private static bool StartsSentenceAfter(string text, int position)
    {
        var j = position;
        while (j < text.Length && IsSpace(text[j]))
        {
            j++;
        }

        if (j >= text.Length)
        {
            return true;
        }

        var next = text[j];
        return char.IsUpper(next) || char.IsDigit(next) || next is '"' or '\'' or '“' or '‘' or '(' or '[' or '-' or '–' or '—';
    }

    private static bool EndsWithAbbreviation(string text, int sentenceStart, int period)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        // A single capital letter is an initial ("J. Smith").
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

#if NET9_0_OR_GREATER
        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
#else
        return Abbreviations.Contains(word.ToString());
#endif
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>Reads the sentences of a text one at a time, in order.</summary>
    private struct Cursor(string text)
    {
        // Where the next sentence begins, and where the scan for its end resumes (-1 once the text is read).
        private int _start;
        private int _position;

        /// <summary>The sentence read by the last <see cref="MoveNext"/> that returned true.</summary>
        public SourceSpan Current { get; private set; }

        /// <summary>Reads the next sentence; false at the end of the text.</summary>
        public bool MoveNext()
        {
            while (_position >= 0)
            {
                var (start, end) = NextPiece();
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                while (end > start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                if (end > start)
                {
                    Current = SourceSpan.FromBounds(start, end);
                    return true;
                }
            }

            return false;
        }

        // The text up to the next sentence or line end, untrimmed and possibly blank; the last piece runs to the end of the text.
        private (int Start, int End) NextPiece()
        {
            var start = _start;
            for (var i = _position; i < text.Length; i++)
            {
                // Jump to the next character that may end a sentence or a line (a vectorized search).
                var skip = text.AsSpan(i).IndexOfAny(Breaks);
                if (skip < 0)
                {
                    break;
                }

                i += skip;
                var c = text[i];
                if (c is '\n' or '\r' or '\u2029' or '\u2028')
                {
                    _start = _position = i + 1;
                    return (start, i);
                }

                if (c is not ('.' or '!' or '?' or '…'))
                {
                    continue;
                }

                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or ')' or ']' or '.' or '!' or '?')
                {
                    end++;
                }

                if (end >= text.Length || !IsSpace(text[end]) || !StartsSentenceAfter(text, end))
                {
                    continue;
                }

                if (c == '.' && EndsWithAbbreviation(text, start, i))
                {
                    continue;
                }

                _start = _position = end;
                return (start, end);
            }

            _position = -1;
            return (start, text.Length);
        }
    }
}
