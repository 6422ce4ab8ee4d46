using System.Collections.Frozen;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// What one linear pass over a <see cref="LanguageSample"/> sees: letters, letters outside the Latin script, words,
/// and words that are among the commonest English function words. It decides the ordinary case (English news text,
/// where a quarter or more of the words are such words) without loading a language model, and tells a text too short
/// to judge from one worth handing to the language identifier.
/// </summary>
/// <remarks>
/// The English words are those rarely written in the Latin-script languages the identifier knows: "a", "in", "on",
/// "was", "die", "will" and the like are left out because they are common words of French, German, Dutch or Spanish
/// too. Words are matched without allocating: each is packed into a 64-bit key (6 bits a letter).
/// </remarks>
/// <param name="Letters">Letters seen, of any script.</param>
/// <param name="NonLatinLetters">Letters outside the Latin script (Cyrillic, Greek, Arabic, Han, ...).</param>
/// <param name="Words">Runs of letters (with inner apostrophes).</param>
/// <param name="EnglishWords">Words found in the list of English function words.</param>
internal readonly record struct LanguageEvidence(int Letters, int NonLatinLetters, int Words, int EnglishWords)
{
    private const int MaxKeyLength = 10;
    private const ulong ApostropheCode = 27;

    private static readonly FrozenSet<ulong> EnglishFunctionWords = new[]
    {
        "the", "of", "and", "to", "that", "for", "with", "as", "by", "at", "from", "it", "he", "she", "his", "her",
        "they", "their", "them", "be", "been", "being", "has", "have", "had", "are", "were", "which", "this", "these",
        "those", "or", "not", "but", "said", "says", "after", "who", "whom", "would", "its", "than", "more", "into",
        "about", "over", "we", "our", "there", "what", "when", "where", "while", "because", "before", "under",
        "between", "should", "could", "can", "may", "must", "up", "out", "if", "then", "how", "all", "some", "any",
        "most", "other", "such", "only", "just", "you", "your", "my", "him", "off", "down", "did", "does", "against",
        "during", "since", "through", "until", "very", "each", "i'm", "it's", "don't", "isn't", "wasn't",
    }.Select(Key).ToFrozenSet();

    /// <summary>True when most letters are outside the Latin script.</summary>
    public bool MostlyNonLatin => NonLatinLetters * 2 > Letters;

    /// <summary>Counts what <paramref name="sample"/> holds.</summary>
    public static LanguageEvidence Of(LanguageSample sample)
    {
        var counter = new Counter();
        foreach (var range in sample.Ranges)
        {
            counter.Add(sample.Text.AsSpan(range));
            counter.EndWord();
        }

        return new LanguageEvidence(counter.Letters, counter.NonLatinLetters, counter.Words, counter.EnglishWords);
    }

    private static ulong Key(string word)
    {
        ulong key = 0;
        foreach (var c in word)
        {
            key = (key << 6) | (c == '\'' ? ApostropheCode : (ulong)(c - 'a' + 1));
        }

        return key;
    }

    private static bool IsLatin(char c) => c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF';

    // The tallies of one pass and the word being read, packed into a key while it is short and plain ASCII.
    private struct Counter
    {
        private ulong _key;
        private int _length;
        private bool _packable;

        public int Letters { get; private set; }

        public int NonLatinLetters { get; private set; }

        public int Words { get; private set; }

        public int EnglishWords { get; private set; }

        public void Add(ReadOnlySpan<char> span)
        {
            // The sample is bounded (a few thousand characters): no counter can overflow.
            unchecked
            {
                foreach (var c in span)
                {
                    if (char.IsLetter(c))
                    {
                        Letters++;
                        var lower = (uint)((c | 0x20) - 'a');
                        var ascii = c < 0x80 && lower <= 'z' - 'a';
                        if (!IsLatin(c))
                        {
                            NonLatinLetters++;
                        }

                        Append(ascii ? lower + 1 : 0);
                    }
                    else if ((c == '\'' || c == '\u2019') && _length > 0)
                    {
                        Append(ApostropheCode);
                    }
                    else
                    {
                        EndWord();
                    }
                }
            }
        }

        public void EndWord()
        {
            if (_length == 0)
            {
                return;
            }

            Words++;
            if (_packable && EnglishFunctionWords.Contains(_key))
            {
                EnglishWords++;
            }

            _key = 0;
            _length = 0;
        }

        private void Append(ulong code)
        {
            _packable = (_length == 0 || _packable) && code != 0 && _length < MaxKeyLength;
            _key = _packable ? (_key << 6) | code : 0;
            _length++;
        }
    }
}
