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
                var quantity = (Quantity)mentions[counts[c]];
                if ((Glued(text, quantity.Span.End) ?? Choose(read[c])) is { } chosen)
                {
                    var thing = quantity.Stated == 1 ? chosen : Agree(text, chosen, figures[c].End);
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
    /// After a figure other than one the counted noun is plural: when the head the chunker found after the figure is not,
    /// the first plural noun between the figure and that head is the counted noun ("three subpoenas focus on", "two blocks
    /// north", "two elder sons hunting", "three adjacent buildings two blocks north"); the chunker had run on into a verb,
    /// an adverb or a second phrase. Another figure ends the search.
    /// </summary>
    private CountedThing Agree(string text, CountedThing thing, int figureEnd)
    {
        if (thing.Source != CountedThingSource.FollowingNoun || figureEnd > thing.Head.Start
            || PluralLemma(text.AsSpan(thing.Head.Start, thing.Head.Length)) is not null)
        {
            return thing;
        }

        var i = figureEnd;
        var phraseStart = -1;
        while (i < thing.Head.Start)
        {
            while (i < thing.Head.Start && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < thing.Head.Start && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            if (start == i || char.IsDigit(text[start]))
            {
                break;
            }

            phraseStart = phraseStart < 0 ? start : phraseStart;
            if (PluralLemma(text.AsSpan(start, i - start)) is { } lemma)
            {
                return new CountedThing(SourceSpan.FromBounds(start, i), SourceSpan.FromBounds(phraseStart, i), lemma, thing.Source);
            }
        }

        return thing;
    }

    /// <summary>"60-word", "four-hours" (in "vomiting-for-four-hours"): the word a hyphen glues to the figure is its unit.</summary>
    private CountedThing? Glued(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != '-' || !char.IsLetter(text[end + 1]))
        {
            return null;
        }

        var wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var word = text.AsSpan(end + 1, wordEnd - end - 1);
        if (word is "old" or "year" && text.AsSpan(wordEnd).StartsWith("-old", StringComparison.Ordinal))
        {
            return null;
        }

        var span = SourceSpan.FromBounds(end + 1, wordEnd);
        return new CountedThing(span, span, NounLemma(word), CountedThingSource.InsideFigure);
    }

    /// <summary>A noun's base form: the singular of a plural, else WordNet's first lemma, else the word itself lower-cased
    /// with a plural "s" dropped ("non-citizens" → non-citizen).</summary>
    private string NounLemma(ReadOnlySpan<char> word)
    {
        if (PluralLemma(word) is { } singular)
        {
            return singular;
        }

        var lemmas = _lexicon.Lemmas(word, PartOfSpeech.Noun);
        return lemmas.IsDefaultOrEmpty ? Singular(word.ToString().ToLowerInvariant()) : lemmas[0];
    }

    /// <summary>A word WordNet does not know, in -s but not -ss, read as a plural: "non-citizens" → non-citizen.</summary>
    private string Singular(string lower) =>
        lower.Length > 3 && lower[^1] == 's' && lower[^2] != 's' && _lexicon.Lemmas(lower, PartOfSpeech.Noun).IsDefaultOrEmpty ? lower[..^1] : lower;

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

    private Quantity WithCounted(string text, Quantity quantity, CountedThing thing)
    {
        thing = thing with { Lemma = Singular(thing.Lemma) };
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
