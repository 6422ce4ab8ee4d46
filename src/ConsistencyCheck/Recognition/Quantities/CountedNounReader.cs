using System.Collections.Immutable;
using ConsistencyCheck.Text;
using ConsistencyCheck.Text.Lexical;
using ConsistencyCheck.Text.Syntax;

namespace ConsistencyCheck.Recognition.Quantities;

/// <summary>
/// Gives counts their counted noun (<see cref="Quantity.Counted"/>), the unit of a count in the <c>recognize</c> output,
/// by reading each sentence that holds a count with the WordNet chunker of docs/decisions/0001-syntax-reader.md:
/// the noun inside a hyphenated figure ("a 12-page report" → page, and the mention then covers "12-page"), else the
/// first noun candidate (the noun phrase after the figure, an of/in/for/on phrase after it, the noun whose of-phrase
/// holds the figure, the subject of "be"). Verbs are not counted nouns. Sentences without a count are never read.
/// </summary>
/// <remarks>Immutable and thread-safe; the syntax step costs about as much as recognition itself per sentence read.</remarks>
public sealed class CountedNounReader
{
    private readonly WordNetLexicon _lexicon;
    private readonly CountedThingReader _reader;

    /// <summary>A reader on <paramref name="lexicon"/> (default: <see cref="WordNetLexicon.Shared"/>).</summary>
    public CountedNounReader(WordNetLexicon? lexicon = null)
    {
        _lexicon = lexicon ?? WordNetLexicon.Shared;
        _reader = new CountedThingReader(_lexicon);
    }

    /// <summary>
    /// <paramref name="mentions"/> of <paramref name="text"/> with <see cref="Quantity.Counted"/> set on every count
    /// (a <see cref="EntityType.Number"/> or <see cref="EntityType.NumberRange"/> without a unit) whose counted noun was
    /// found; other mentions unchanged, order kept.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImmutableArray<Mention> Attach(string text, ImmutableArray<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!mentions.Any(IsCount))
        {
            return mentions;
        }

        var sentences = SentenceSegmenter.Split(text);
        var result = mentions.ToBuilder();
        var i = 0;
        while (i < mentions.Length)
        {
            if (!IsCount(mentions[i]))
            {
                i++;
                continue;
            }

            // The counts of one sentence are read together, the sentence tagged once.
            var sentence = SentenceSegmenter.Containing(sentences, mentions[i].Span.Start);
            var counts = new List<int>();
            for (; i < mentions.Length && mentions[i].Span.Start < sentence.End; i++)
            {
                if (IsCount(mentions[i]))
                {
                    counts.Add(i);
                }
            }

            var figures = counts.Select(k => FigureOf((Quantity)mentions[k])).ToArray();
            var read = _reader.Read(text, SourceSpan.FromBounds(sentence.Start, Math.Max(sentence.End, figures[^1].End)), figures);
            for (var c = 0; c < counts.Count; c++)
            {
                if (Choose(read[c]) is { } chosen)
                {
                    var quantity = (Quantity)mentions[counts[c]];
                    var thing = quantity.Stated == 1 ? chosen : Agree(text, chosen);
                    result[counts[c]] = WithCounted(text, quantity, thing);
                }
            }
        }

        return result.MoveToImmutable();
    }

    private static bool IsCount(Mention mention) =>
        mention is Quantity { Unit: null, Type: EntityType.Number or EntityType.NumberRange };

    private static SourceSpan FigureOf(Quantity quantity) => quantity.FigureSpan is { Length: > 0 } figure ? figure : quantity.Span;

    /// <summary>The noun inside a hyphenated figure first, else the first noun candidate; never a verb.</summary>
    private static CountedThing? Choose(ImmutableArray<CountedThing> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Source == CountedThingSource.InsideFigure)
            {
                return candidate;
            }
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Source != CountedThingSource.Verb)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// After a figure other than one the counted noun is plural: when the head of the noun phrase after the figure is not
    /// but a noun before it in the phrase is ("three subpoenas focus on", "two blocks north", "two elder sons hunting"),
    /// the phrase ended at that noun, and the word after it was a verb or an adverb the chunker took for a noun.
    /// </summary>
    private CountedThing Agree(string text, CountedThing thing)
    {
        if (thing.Source != CountedThingSource.FollowingNoun || PluralLemma(text.AsSpan(thing.Head.Start, thing.Head.Length)) is not null)
        {
            return thing;
        }

        var end = thing.Head.Start;
        while (end > thing.Phrase.Start)
        {
            while (end > thing.Phrase.Start && !char.IsLetter(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > thing.Phrase.Start && (char.IsLetter(text[start - 1]) || text[start - 1] == '-'))
            {
                start--;
            }

            if (start < end && PluralLemma(text.AsSpan(start, end - start)) is { } lemma)
            {
                return new CountedThing(SourceSpan.FromBounds(start, end), SourceSpan.FromBounds(thing.Phrase.Start, end), lemma, thing.Source);
            }

            end = start;
        }

        return thing;
    }

    /// <summary>The singular base form of a plural noun ("subpoenas" → subpoena); null when the word is not one.</summary>
    private string? PluralLemma(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || (word[^1] != 's' && word[^1] != 'S'))
        {
            return null;
        }

        string? shortest = null;
        foreach (var lemma in _lexicon.Lemmas(word, PartOfSpeech.Noun))
        {
            if (lemma.Length < word.Length && (shortest is null || lemma.Length < shortest.Length))
            {
                shortest = lemma;
            }
        }

        return shortest;
    }

    private static Quantity WithCounted(string text, Quantity quantity, CountedThing thing)
    {
        if (thing.Source == CountedThingSource.InsideFigure)
        {
            // "12-page": the figure and its unit are one word, and the mention covers it.
            var span = SourceSpan.FromBounds(quantity.Span.Start, Math.Max(quantity.Span.End, thing.Head.End));
            return quantity with { Span = span, Text = text.Substring(span.Start, span.Length), Counted = new CountedNoun(thing.Lemma, null, thing.Head) };
        }

        var modifiers = text[thing.Phrase.Start..thing.Head.Start].Trim();
        return quantity with { Counted = new CountedNoun(thing.Lemma, modifiers.Length == 0 ? null : modifiers, thing.Head) };
    }
}
