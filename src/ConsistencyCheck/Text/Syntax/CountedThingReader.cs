using System.Collections.Immutable;
using ConsistencyCheck.Text.Lexical;

namespace ConsistencyCheck.Text.Syntax;

/// <summary>
/// Reads what a figure counts or measures from the words of its sentence with a shallow chunker: words tagged by
/// <see cref="PartOfSpeechTagger"/>, noun phrases as runs of determiners, numbers, adjectives and nouns headed by their
/// last noun, a clause break (comma, colon, dash, bracket, quote) ending a phrase. Candidates, best first:
/// <list type="number">
/// <item>the noun phrase right after the figure ("55,000 displaced residents", "a 60-word statement", "30,000 more troops");</item>
/// <item>the noun phrase of an of, in, for or on phrase right after it ("21 percent of Republican voters",
/// "$2.1 billion for road repairs", "$2 million in legal fees");</item>
/// <item>the noun inside a hyphenated figure ("60-word" → word);</item>
/// <item>the noun whose of- or at-phrase holds the figure ("a rate of 31 percent"), or the subject of "be" when the figure
/// is its complement ("turnout was 60 percent"), hedges between them skipped;</item>
/// <item>the nearest verb before the figure in its clause ("sentenced to 12 years").</item>
/// </list>
/// Chosen over a link parser by measurement: docs/decisions/0001-syntax-reader.md.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class CountedThingReader
{
    private static readonly string[] FollowingPrepositions = ["of", "in", "for", "on"];

    private readonly WordNetLexicon _lexicon;
    private readonly PartOfSpeechTagger _tagger;

    /// <summary>A reader using <paramref name="lexicon"/> for parts of speech and base forms.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is null.</exception>
    public CountedThingReader(WordNetLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _tagger = new PartOfSpeechTagger(lexicon);
    }

    /// <summary>
    /// The candidates for the counted thing of each of <paramref name="figures"/>, best first, reading the sentence once.
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="sentence">The span of the sentence holding the figures.</param>
    /// <param name="figures">The figures' spans in <paramref name="text"/>, inside <paramref name="sentence"/>.</param>
    /// <returns>One array per figure, in the order given; empty for a figure whose counted thing was not found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImmutableArray<ImmutableArray<CountedThing>> Read(string text, SourceSpan sentence, ReadOnlySpan<SourceSpan> figures)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = _tagger.Tag(text, sentence, figures);
        var result = ImmutableArray.CreateBuilder<ImmutableArray<CountedThing>>(figures.Length);
        foreach (var figure in figures)
        {
            result.Add(Candidates(words, figure));
        }

        return result.MoveToImmutable();
    }

    /// <summary>The candidates for the counted thing of one figure, best first.</summary>
    /// <inheritdoc cref="Read(string, SourceSpan, ReadOnlySpan{SourceSpan})"/>
    public ImmutableArray<CountedThing> Read(string text, SourceSpan sentence, SourceSpan figure) =>
        Read(text, sentence, [figure])[0];

    private ImmutableArray<CountedThing> Candidates(ImmutableArray<TaggedWord> words, SourceSpan figure)
    {
        var (first, last) = FigureWords(words, figure);
        if (first < 0)
        {
            return [];
        }

        var found = ImmutableArray.CreateBuilder<CountedThing>();
        var after = last + 1;
        var clauseGoesOn = after < words.Length && !words[after].Word.PrecededByClauseBreak;
        if (clauseGoesOn && NounPhrase(words, after, allowAfterFigure: true) is { } following)
        {
            Add(found, Noun(words, following, CountedThingSource.FollowingNoun));
        }

        if (clauseGoesOn && Array.IndexOf(FollowingPrepositions, words[after].Lower) >= 0
            && NounPhrase(words, after + 1, allowAfterFigure: false) is { } objectPhrase)
        {
            Add(found, Noun(words, objectPhrase, CountedThingSource.PrepositionalObject));
        }

        if (words[last].Class == WordClass.NumberCompound && InsideFigure(words[last]) is { } inside)
        {
            Add(found, inside);
        }

        if (Host(words, first) is { } host)
        {
            Add(found, host);
        }

        if (GoverningVerb(words, first) is { } verb)
        {
            Add(found, verb);
        }

        return found.ToImmutable();
    }

    private static (int First, int Last) FigureWords(ImmutableArray<TaggedWord> words, SourceSpan figure)
    {
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

        return (first, last);
    }

    /// <summary>
    /// The noun phrase starting at <paramref name="start"/>: its first modifier and its head (the last noun of the run of
    /// determiners, numbers, adjectives and nouns there, a possessive starting it over: "the senator's tax rate" → rate).
    /// </summary>
    private static (int First, int Head)? NounPhrase(ImmutableArray<TaggedWord> words, int start, bool allowAfterFigure)
    {
        if (allowAfterFigure && start < words.Length && ClosedClassWords.AfterFigure.Contains(words[start].Lower))
        {
            start++;
        }

        int head = -1, first = -1;
        for (var i = start; i < words.Length && words[i].InNounPhrase; i++)
        {
            if (i > start && words[i].Word.PrecededByClauseBreak)
            {
                break;
            }

            if (words[i].Class is WordClass.Determiner or WordClass.Number || words[i].IsPossessive)
            {
                first = -1;
                head = words[i].IsPossessive ? -1 : head;
                continue;
            }

            first = first < 0 ? i : first;
            if (words[i].IsNoun)
            {
                head = i;
            }
        }

        return head >= 0 ? (Math.Min(first < 0 ? head : first, head), head) : null;
    }

    private CountedThing Noun(ImmutableArray<TaggedWord> words, (int First, int Head) phrase, CountedThingSource source)
    {
        var head = words[phrase.Head].Word;
        return new CountedThing(head.Span, SourceSpan.FromBounds(words[phrase.First].Word.Span.Start, head.Span.End), NounLemma(head.Lower), source);
    }

    /// <summary>"60-word" → word, "four-term" → term; "73-year-old" → year.</summary>
    private CountedThing? InsideFigure(TaggedWord compound)
    {
        var lower = compound.Lower;
        var offset = 0;
        foreach (var part in lower.Split('-'))
        {
            if (offset > 0 && part.Length > 0 && part != "old" && part.All(char.IsLetter) && !ClosedClassWords.Numbers.Contains(part))
            {
                var span = new SourceSpan(compound.Word.Span.Start + offset, part.Length);
                return new CountedThing(span, span, NounLemma(part), CountedThingSource.InsideFigure);
            }

            offset += part.Length + 1;
        }

        return null;
    }

    /// <summary>"a rate of 31 percent", "unemployment at 5 percent" (host), "turnout was 60 percent" (subject).</summary>
    private CountedThing? Host(ImmutableArray<TaggedWord> words, int first)
    {
        var left = first - 1;
        while (left >= 0 && !words[left + 1].Word.PrecededByClauseBreak && (words[left].Class == WordClass.Adverb || ClosedClassWords.Hedges.Contains(words[left].Lower)))
        {
            left--;
        }

        if (left < 1 || words[left + 1].Word.PrecededByClauseBreak || words[left].Word.PrecededByClauseBreak || !words[left - 1].IsNoun)
        {
            return null;
        }

        var noun = words[left - 1].Word;
        var source = words[left].Lower is "of" or "at" ? CountedThingSource.Host
            : ClosedClassWords.Be.Contains(words[left].Lower) ? CountedThingSource.Subject
            : (CountedThingSource?)null;
        return source is { } s ? new CountedThing(noun.Span, noun.Span, NounLemma(noun.Lower), s) : null;
    }

    /// <summary>The base form of <paramref name="word"/> most often tagged in WordNet ("found" → find, not found), else the word.</summary>
    private string MostFrequentLemma(string word, PartOfSpeech partOfSpeech)
    {
        var lemmas = _lexicon.Lemmas(word, partOfSpeech);
        if (lemmas.IsDefaultOrEmpty)
        {
            return word;
        }

        var best = lemmas[0];
        for (var i = 1; i < lemmas.Length; i++)
        {
            if (_lexicon.Frequency(lemmas[i], partOfSpeech) > _lexicon.Frequency(best, partOfSpeech))
            {
                best = lemmas[i];
            }
        }

        return best;
    }

    private CountedThing? GoverningVerb(ImmutableArray<TaggedWord> words, int first)
    {
        for (var i = first - 1; i >= 0; i--)
        {
            if (words[i].Class == WordClass.Verb)
            {
                var verb = words[i].Word;
                return new CountedThing(verb.Span, verb.Span, MostFrequentLemma(verb.Lower, PartOfSpeech.Verb), CountedThingSource.Verb);
            }

            if (words[i + 1].Word.PrecededByClauseBreak)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// The base form of a noun: WordNet's, preferring the shorter of two for a word in -s that is a lemma of its own
    /// ("years" → year, not the lemma "years"); the word itself when WordNet does not know it ("romney").
    /// </summary>
    private string NounLemma(string lower)
    {
        var lemmas = _lexicon.Lemmas(lower, PartOfSpeech.Noun);
        if (lemmas.IsDefaultOrEmpty)
        {
            return lower;
        }

        if (lemmas.Length > 1 && lower.EndsWith('s'))
        {
            var shortest = lemmas[0];
            foreach (var lemma in lemmas)
            {
                shortest = lemma.Length < shortest.Length ? lemma : shortest;
            }

            return shortest;
        }

        return lemmas[0];
    }

    private static void Add(ImmutableArray<CountedThing>.Builder found, CountedThing? candidate)
    {
        if (candidate is not { } c)
        {
            return;
        }

        foreach (var existing in found)
        {
            if (existing.Head == c.Head)
            {
                return;
            }
        }

        found.Add(c);
    }
}
