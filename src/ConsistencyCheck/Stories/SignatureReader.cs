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
    private const int MaxWordLength = 48;

    public static (int ContentWords, ImmutableArray<StoryTerm> Terms) Read(Document document, StoryOptions options)
    {
        var counter = new TermCounter();
        var table = TermFrequencies.Default;
        if (document.Metadata.Title is { Length: > 0 } title)
        {
            new Scan(table, counter, options.TitleWeight, isTitle: true).Run(title, 0, title.Length);
        }

        var text = document.Text;
        var scan = new Scan(table, counter, 1, isTitle: false);
        var at = 0;
        foreach (var region in document.Boilerplate.OrderBy(r => r.Start))
        {
            if (region.Start > at)
            {
                scan.Run(text, at, Math.Min(region.Start, text.Length));
            }

            at = Math.Max(at, region.End);
        }

        if (at < text.Length)
        {
            scan.Run(text, at, text.Length);
        }

        return (counter.ContentWords, counter.Result(options.MaxTerms));
    }

    /// <summary>The state of one pass: where sentences start and the capitalised words read so far in a row.</summary>
    private sealed class Scan(TermFrequencies table, TermCounter counter, double occurrence, bool isTitle)
    {
        private readonly char[] _name = new char[MaxNameWords * (MaxWordLength + 1)];
        private int _nameLength;
        private int _nameWords;
        private int _words;

        public void Run(string text, int start, int end)
        {
            Span<char> lower = stackalloc char[MaxWordLength];
            Span<char> lemma = stackalloc char[MaxWordLength + 4];
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
                text.AsSpan(wordStart, length).ToLowerInvariant(word);
                afterTitle = Word(word, lemma, char.IsUpper(c), sentenceStart);
                sentenceStart = false;
            }

            EndName();
        }

        /// <summary>Counts one word; returns true when it is a function word such as "Mr", whose full stop ends no sentence.</summary>
        private bool Word(ReadOnlySpan<char> word, Span<char> lemma, bool capitalised, bool sentenceStart)
        {
            var (lemmaLength, count) = table.FindLemma(word, lemma);
            if (count >= TermFrequencies.FunctionWord)
            {
                EndName();
                return true;
            }

            counter.ContentWords++;
            var weight = !isTitle && _words++ < LeadWords ? occurrence * LeadFactor : occurrence;
            var specificity = count < 0 ? 1 : TermFrequencies.Specificity(count);
            var term = count >= 0 ? lemma[..lemmaLength] : !capitalised && IsRegularPlural(word) ? word[..^1] : word;
            if (capitalised && !isTitle)
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
                counter.Add(_name.AsSpan(0, _nameLength), occurrence, 1);
            }

            _nameLength = 0;
            _nameWords = 0;
        }

        /// <summary>A word outside the table that reads as a plural ("sandbags", not "status", "basis" or "grass").</summary>
        private static bool IsRegularPlural(ReadOnlySpan<char> word) =>
            word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i');

        /// <summary>True when the letter at <paramref name="at"/> is a capital standing alone before a full stop ("J.").</summary>
        private static bool IsInitial(string text, int at, int start) =>
            char.IsUpper(text[at]) && (at == start || !char.IsLetter(text[at - 1])) && at + 1 < text.Length && text[at + 1] == '.';

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
