using System.Collections.Immutable;
using ConsistencyCheck.Text;
using ConsistencyCheck.Text.Lexical;

namespace ConsistencyCheck.Benchmarks.Syntax;

/// <summary>
/// Prototype (b) of issue 15: tags the figure's sentence with <see cref="WordNetTagger"/>, chunks noun phrases and
/// takes, best first:
/// <list type="number">
/// <item>the head of the noun phrase right after the figure ("55,000 displaced residents", "a 60-word statement");</item>
/// <item>the head of the noun phrase of an of/in/for/on phrase right after it ("21 percent of Republican voters",
/// "$2.1 billion for road repairs");</item>
/// <item>the noun inside a hyphenated figure ("60-word" → word);</item>
/// <item>the noun whose of- or at-phrase holds the figure ("a rate of 31 percent") or the subject of "be" when the
/// figure is its complement ("turnout was 60 percent");</item>
/// <item>the nearest verb before the figure in its clause ("sentenced to 12 years").</item>
/// </list>
/// A clause break (comma, colon, dash, bracket, quote) ends a phrase.
/// </summary>
internal sealed class ShallowChunkReader(WordNetLexicon lexicon) : ICountedThingReader
{
    private static readonly string[] FollowingPrepositions = ["of", "in", "for", "on"];
    private readonly WordNetTagger _tagger = new(lexicon);

    public string Name => "WordNet chunker";

    public IReadOnlyList<IReadOnlyList<string>> Read(string text, SourceSpan sentence, IReadOnlyList<SourceSpan> figures)
    {
        var words = _tagger.Tag(text, sentence, figures);
        return [.. figures.Select(f => Heads(words, f))];
    }

    private static List<string> Heads(ImmutableArray<TaggedWord> words, SourceSpan figure)
    {
        var found = new List<string>();
        int first = -1, last = -1;
        for (var i = 0; i < words.Length; i++)
        {
            var span = words[i].Word.Span;
            if (span.Start < figure.End && figure.Start < span.End)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0)
        {
            return found;
        }

        // 1. The noun phrase right after the figure.
        var after = last + 1;
        if (NounPhraseHead(words, after, out var head))
        {
            Add(found, words[head].Lower);
        }

        // 2. Of, then in/for/on, right after the figure (or after the noun phrase of 1 for "of").
        if (after < words.Length && !words[after].Word.PrecededByClauseBreak)
        {
            foreach (var preposition in FollowingPrepositions)
            {
                if (words[after].Lower == preposition && NounPhraseHead(words, after + 1, out var objectHead))
                {
                    Add(found, words[objectHead].Lower);
                }
            }
        }

        // 3. "60-word": the noun inside a hyphenated figure.
        if (words[last].Tag == Tag.NumberCompound)
        {
            var parts = words[last].Lower.Split('-');
            foreach (var part in parts.Skip(1).Where(p => p != "old" && p.All(char.IsLetter)))
            {
                Add(found, part);
            }
        }

        // 4. To the left: "a rate of 31 percent", "unemployment at 5 percent", "turnout was 60 percent".
        var left = first - 1;
        while (left >= 0 && !words[left + 1].Word.PrecededByClauseBreak && IsHedge(words[left]))
        {
            left--;
        }

        if (left >= 1 && !words[left + 1].Word.PrecededByClauseBreak)
        {
            var before = words[left];
            if (before.Lower is "of" or "at" && !before.Word.PrecededByClauseBreak && words[left - 1].IsNoun)
            {
                Add(found, words[left - 1].Lower);
            }
            else if (FunctionWords.Be.Contains(before.Lower) && !before.Word.PrecededByClauseBreak && words[left - 1].IsNoun)
            {
                Add(found, words[left - 1].Lower);
            }
        }

        // 5. The nearest verb before the figure in its clause.
        for (var i = first - 1; i >= 0; i--)
        {
            if (words[i].Tag == Tag.Verb)
            {
                Add(found, words[i].Lower);
                break;
            }

            if (words[i + 1].Word.PrecededByClauseBreak)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// The head of the noun phrase starting at <paramref name="start"/>: the last noun of the run of determiners,
    /// numbers, adjectives and nouns there, before a clause break or a possessive ends it.
    /// </summary>
    private static bool NounPhraseHead(ImmutableArray<TaggedWord> words, int start, out int head)
    {
        head = -1;
        // "30,000 more troops", "two other lawmakers": a comparative or "other" right after the figure opens the phrase.
        if (start < words.Length && words[start].Lower is "more" or "other" or "fewer" or "additional")
        {
            start++;
        }

        for (var i = start; i < words.Length && words[i].InNounPhrase; i++)
        {
            if (i > start && words[i].Word.PrecededByClauseBreak)
            {
                break;
            }

            if (words[i].IsNoun)
            {
                head = i;
            }

            if (words[i].Lower.EndsWith("'s", StringComparison.Ordinal) || words[i].Lower.EndsWith("’s", StringComparison.Ordinal))
            {
                // "the senator's 31 percent tax rate": an owner, not the head; the phrase goes on after it.
                head = -1;
            }
        }

        return head >= 0;
    }

    private static bool IsHedge(TaggedWord word) =>
        word.Tag is Tag.Adverb || word.Lower is "about" or "around" or "over" or "under" or "some" or "than" or "least" or "up" or "to" or "nearly";

    private static void Add(List<string> found, string word)
    {
        if (!found.Contains(word))
        {
            found.Add(word);
        }
    }
}
