using System.Buffers;
using System.Collections.Immutable;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Stories;

/// <summary>
/// Reads the terms of one document for its <see cref="StorySignature"/>: one linear pass over the headline and one over
/// the text outside boilerplate. Words are letters only (a word touching a digit is not a term, and "Trump's" is
/// "trump"); function words end names and are not counted. A word becomes its WordNet base form when it has one
/// ("indicted" → "indict"), and weighs by how specific the form is; a capitalised word inside a sentence is a name and
/// is at least <see cref="NameSpecificity"/> specific; the first <see cref="LeadWords"/> content words of the text count
/// double; two to four capitalised words in a row, with only spaces between
/// them, are also one name term ("james comey"), fully specific.
/// </summary>
internal static class SignatureReader
{
    /// <summary>The least specificity of a name: "Bush" or "House" inside a sentence say more than "bush" or "house".</summary>
    private const double NameSpecificity = 0.5;

    /// <summary>The first content words of the text (its lead, where news says what happened) count <see cref="LeadFactor"/> times.</summary>
    private const int LeadWords = 60;

    private const double LeadFactor = 2;

    private const int MaxNameWords = 4;
    private const int MaxWordLength = TermFrequencies.MaxWordLength;

    public static (int ContentWords, ImmutableArray<StoryTerm> Terms) Read(Document document, StoryOptions options, TermPool? pool = null)
    {
        using var counter = new TermCounter();
        using var scan = new Scan(TermFrequencies.Default, counter);
        if (document.Metadata.Title is { Length: > 0 } title)
        {
            scan.Run(title, 0, title.Length, options.TitleWeight, isTitle: true);
        }

        var text = document.Text;
        var at = 0;
        foreach (var region in InOrder(document.Boilerplate))
        {
            if (region.Start > at)
            {
                scan.Run(text, at, Math.Min(region.Start, text.Length), 1, isTitle: false);
            }

            at = Math.Max(at, region.End);
        }

        if (at < text.Length)
        {
            scan.Run(text, at, text.Length, 1, isTitle: false);
        }

        return (counter.ContentWords, counter.Result(options.MaxTerms, pool));
    }

    /// <summary>The boilerplate regions by start; regions with the same start may come in any order (the reading skips their union).</summary>
    private static ImmutableArray<SourceSpan> InOrder(ImmutableArray<SourceSpan> regions)
    {
        if (regions.IsDefault)
        {
            return [];
        }

        for (var i = 1; i < regions.Length; i++)
        {
            if (regions[i].Start < regions[i - 1].Start)
            {
                var sorted = regions.ToArray();
                Array.Sort(sorted, static (a, b) => a.Start.CompareTo(b.Start));
                return ImmutableArray.Create(sorted);
            }
        }

        return regions;
    }

    /// <summary>
    /// The passes over one document: the capitalised words read so far in a row, how many content words of the text
    /// were read (for the lead), and each distinct word as read once (its base form, specificity and term numbers), so
    /// the table is asked once per distinct word, not once per occurrence. Dispose it to return the buffers.
    /// </summary>
    private sealed class Scan(TermFrequencies table, TermCounter counter) : IDisposable
    {
        private readonly char[] _name = new char[MaxNameWords * (MaxWordLength + 1)];
        private readonly SpanTable _seen = new(512);
        private WordReading[] _readings = ArrayPool<WordReading>.Shared.Rent(512);
        private int _nameLength;
        private int _nameWords;
        private int _words;
        private double _occurrence;
        private bool _isTitle;

        public void Dispose()
        {
            _seen.Dispose();
            ArrayPool<WordReading>.Shared.Return(_readings);
        }

        public void Run(string text, int start, int end, double occurrence, bool isTitle)
        {
            _occurrence = occurrence;
            _isTitle = isTitle;
            Span<char> lower = stackalloc char[MaxWordLength];
            Span<char> lemma = stackalloc char[TermFrequencies.MaxLemmaLength];
            var sentenceStart = true;
            var afterTitle = false;
            var i = start;
            while (i < end)
            {
                var c = text[i];
                if (!char.IsLetter(c))
                {
                    if (c is '.' or '!' or '?' or '\n' && !(c == '.' && afterTitle))
                    {
                        sentenceStart = true;
                    }

                    // A name runs over spaces only, and over the full stop of an initial ("Donald J. Trump").
                    if (c is not (' ' or '\u00A0') && !(c == '.' && i > start && IsInitial(text, i - 1, start)))
                    {
                        EndName();
                    }

                    i++;
                    continue;
                }

                var wordStart = i;
                while (i < end && char.IsLetter(text[i]))
                {
                    i++;
                }

                var wordEnd = i;
                i = SkipClitic(text, i, end);
                var touchesDigit = (wordStart > start && char.IsDigit(text[wordStart - 1])) || (wordEnd < end && char.IsDigit(text[wordEnd]));
                var length = wordEnd - wordStart;
                if (touchesDigit || length > MaxWordLength || (length == 1 && !IsInitial(text, wordStart, start)))
                {
                    EndName();
                    afterTitle = false;
                    sentenceStart = false;
                    continue;
                }

                if (length == 1)
                {
                    continue;
                }

                var word = lower[..length];
                ToLower(text.AsSpan(wordStart, length), word);
                afterTitle = Word(word, lemma, char.IsUpper(c), sentenceStart);
                sentenceStart = false;
            }

            EndName();
        }

        /// <summary>Counts one word; returns true when it is a function word such as "Mr", whose full stop ends no sentence.</summary>
        private bool Word(ReadOnlySpan<char> word, Span<char> lemma, bool capitalised, bool sentenceStart)
        {
            var id = _seen.GetOrAdd(word, out var added);
            if (added)
            {
                if (id == _readings.Length)
                {
                    var grown = ArrayPool<WordReading>.Shared.Rent(id * 2);
                    _readings.AsSpan(0, id).CopyTo(grown);
                    ArrayPool<WordReading>.Shared.Return(_readings);
                    _readings = grown;
                }

                _readings[id] = Read(word, lemma);
            }

            var reading = _readings[id];
            if (reading.IsFunctionWord)
            {
                EndName();
                return true;
            }

            counter.ContentWords++;
            var weight = !_isTitle && _words++ < LeadWords ? _occurrence * LeadFactor : _occurrence;
            var specificity = reading.Specificity;
            var term = capitalised ? reading.CapitalisedTerm : reading.LowerCaseTerm;
            if (capitalised && !_isTitle)
            {
                AddToName(word);
                if (!sentenceStart)
                {
                    specificity = Math.Max(specificity, NameSpecificity);
                }
            }
            else
            {
                EndName();
            }

            counter.Add(term, weight, specificity);
            return false;
        }

        /// <summary>Reads a word the first time it is seen: its base form in the table, or itself ("sandbags" without its s when lower case).</summary>
        private WordReading Read(ReadOnlySpan<char> word, Span<char> lemma)
        {
            var (lemmaLength, count) = table.FindLemma(word, lemma);
            if (count >= TermFrequencies.FunctionWord)
            {
                return new WordReading(true, 0, -1, -1);
            }

            if (count >= 0)
            {
                var term = counter.Intern(lemma[..lemmaLength]);
                return new WordReading(false, TermFrequencies.Specificity(count), term, term);
            }

            var asWritten = counter.Intern(word);
            return new WordReading(false, 1, asWritten, IsRegularPlural(word) ? counter.Intern(word[..^1]) : asWritten);
        }

        private void AddToName(ReadOnlySpan<char> word)
        {
            if (_nameWords == MaxNameWords + 1)
            {
                return;
            }

            if (_nameWords > 0)
            {
                _name[_nameLength++] = ' ';
            }

            if (_nameWords < MaxNameWords)
            {
                word.CopyTo(_name.AsSpan(_nameLength));
                _nameLength += word.Length;
            }

            _nameWords++;
        }

        private void EndName()
        {
            // Five capitalised words or more in a row are a headline or a list, not a name.
            if (_nameWords is >= 2 and <= MaxNameWords)
            {
                counter.Add(_name.AsSpan(0, _nameLength), _occurrence, 1);
            }

            _nameLength = 0;
            _nameWords = 0;
        }

        /// <summary>What a distinct word of the document is: a function word, or its specificity and its term when capitalised and when not.</summary>
        private readonly record struct WordReading(bool IsFunctionWord, double Specificity, int CapitalisedTerm, int LowerCaseTerm);

        /// <summary>A word outside the table that reads as a plural ("sandbags", not "status", "basis" or "grass").</summary>
        private static bool IsRegularPlural(ReadOnlySpan<char> word) =>
            word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i');

        /// <summary>True when the letter at <paramref name="at"/> is a capital standing alone before a full stop ("J.").</summary>
        private static bool IsInitial(string text, int at, int start) =>
            char.IsUpper(text[at]) && (at == start || !char.IsLetter(text[at - 1])) && at + 1 < text.Length && text[at + 1] == '.';

        /// <summary>Lower-cases a word as <see cref="MemoryExtensions.ToLowerInvariant"/> does, without its per-call cost when the word is ASCII.</summary>
        private static void ToLower(ReadOnlySpan<char> word, Span<char> lower)
        {
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                if (c >= 0x80)
                {
                    word.ToLowerInvariant(lower);
                    return;
                }

                lower[i] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            }
        }

        /// <summary>Skips an English clitic after an apostrophe ("'s", "'t", "'ll", "'re", "'ve", "'d", "'m").</summary>
        private static int SkipClitic(string text, int i, int end)
        {
            if (i + 1 >= end || text[i] is not ('\'' or '’'))
            {
                return i;
            }

            var j = i + 1;
            while (j < end && char.IsLetter(text[j]))
            {
                j++;
            }

            return j - i - 1 is 1 or 2 ? j : i;
        }
    }
}
