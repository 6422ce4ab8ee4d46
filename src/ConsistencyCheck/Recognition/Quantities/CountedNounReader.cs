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
    private readonly CountedThingReader _reader;

    /// <summary>A reader on <paramref name="lexicon"/> (default: <see cref="WordNetLexicon.Shared"/>).</summary>
    public CountedNounReader(WordNetLexicon? lexicon = null) => _reader = new CountedThingReader(lexicon ?? WordNetLexicon.Shared);

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
                if (Choose(read[c]) is { } thing)
                {
                    result[counts[c]] = WithCounted(text, (Quantity)mentions[counts[c]], thing);
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
