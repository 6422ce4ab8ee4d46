using System.Collections.Immutable;
using ConsistencyCheck.Text.Lexical;

namespace ConsistencyCheck.Text.Syntax;

/// <summary>
/// Tags the words of a sentence with a <see cref="WordClass"/>: closed-class and number words from
/// <see cref="ClosedClassWords"/>, a capitalized word inside the sentence as a proper noun, any other word with its
/// most frequent WordNet part of speech (the tag counts of WordNet's semantic concordances), then four context rules:
/// <list type="number">
/// <item>after a determiner, a number or an adjective, a word that can be a noun is one ("the vote", "21 votes"),
/// unless it is an adjective before another noun;</item>
/// <item>after a pronoun, an auxiliary or "to", a word that can be a verb is one ("they vote", "to vote");</item>
/// <item>a word that can be a noun, after a noun right after a preposition and before the end of the clause or a
/// preposition other than "to", is the head of a compound ("for road repairs."; but "300 voters left." keeps its verb);</item>
/// <item>a participle between a quantifier and a noun is an adjective ("55,000 displaced residents").</item>
/// </list>
/// Every word of a figure the recognizers found is a number, so the word after a figure reads as after a quantifier
/// ("10 percent support", "a million-dollar check").
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Looks each open-class word up in WordNet once (closed-class words and numbers not at
/// all); allocates the words, the result and two scratch arrays.
/// </remarks>
internal sealed class PartOfSpeechTagger
{
    private readonly WordNetLexicon _lexicon;

    /// <summary>A tagger reading parts of speech from <paramref name="lexicon"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is null.</exception>
    public PartOfSpeechTagger(WordNetLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>The words of <paramref name="sentence"/> in <paramref name="text"/>, tagged.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="sentence">The sentence's span in <paramref name="text"/>.</param>
    /// <param name="figures">The spans of the figures recognized in the sentence (any order; may be empty).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImmutableArray<TaggedWord> Tag(string text, SourceSpan sentence, ReadOnlySpan<SourceSpan> figures)
    {
        var words = WordTokenizer.Tokenize(text, sentence);
        var classes = new WordClass[words.Length];
        // Closed-class words, numbers and figures are never looked up: their uses stay empty (no sense of any kind).
        var uses = new WordUses[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            if (InFigure(words[i].Span, figures))
            {
                classes[i] = words[i].Lower.Contains('-', StringComparison.Ordinal) ? WordClass.NumberCompound : WordClass.Number;
            }
            else if (Closed(words[i].Lower) is { } closed)
            {
                classes[i] = closed;
            }
            else
            {
                uses[i] = _lexicon.Uses(words[i].Lower);
                classes[i] = Open(words[i], uses[i], i == 0);
            }
        }

        for (var i = 1; i < words.Length; i++)
        {
            var before = classes[i - 1];
            if (classes[i] is WordClass.Verb or WordClass.Adjective or WordClass.Adverb && uses[i].IsNoun && !words[i].PrecededByClauseBreak
                && IsQuantifierOrModifier(before)
                && !(classes[i] == WordClass.Adjective && i + 1 < words.Length && (uses[i + 1].IsNoun || classes[i + 1] == WordClass.ProperNoun)))
            {
                classes[i] = WordClass.Noun;
            }
            else if (classes[i] == WordClass.Noun && uses[i].IsVerb && (before is WordClass.Pronoun or WordClass.Auxiliary || words[i - 1].Lower == "to"))
            {
                classes[i] = WordClass.Verb;
            }
        }

        for (var i = 2; i < words.Length; i++)
        {
            if (classes[i] == WordClass.Verb && uses[i].IsNoun && classes[i - 1] == WordClass.Noun && !words[i].PrecededByClauseBreak
                && classes[i - 2] == WordClass.Preposition
                && (i + 1 == words.Length || words[i + 1].PrecededByClauseBreak || (classes[i + 1] is WordClass.Preposition or WordClass.Conjunction && words[i + 1].Lower != "to")))
            {
                classes[i] = WordClass.Noun;
            }
        }

        for (var i = 1; i + 1 < words.Length; i++)
        {
            if (classes[i] == WordClass.Verb && IsParticiple(words[i].Lower) && IsQuantifierOrModifier(classes[i - 1])
                && classes[i + 1] is WordClass.Noun or WordClass.ProperNoun)
            {
                classes[i] = WordClass.Adjective;
            }
        }

        var result = ImmutableArray.CreateBuilder<TaggedWord>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            result.Add(new TaggedWord(words[i], classes[i]));
        }

        return result.MoveToImmutable();
    }

    private static bool InFigure(SourceSpan word, ReadOnlySpan<SourceSpan> figures)
    {
        foreach (var figure in figures)
        {
            if (word.Start < figure.End && figure.Start < word.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuantifierOrModifier(WordClass wordClass) =>
        wordClass is WordClass.Determiner or WordClass.Number or WordClass.NumberCompound or WordClass.Adjective;

    private static bool IsParticiple(string lower) =>
        lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>The class of a digit string, number word, number compound or closed-class word; null for an open-class word.</summary>
    private static WordClass? Closed(string lower)
    {
        if (char.IsAsciiDigit(lower[0]))
        {
            return lower.Contains('-', StringComparison.Ordinal) && lower.Any(char.IsLetter) ? WordClass.NumberCompound : WordClass.Number;
        }

        if (ClosedClassWords.Numbers.Contains(lower))
        {
            return WordClass.Number;
        }

        if (NumberWithHyphen(lower) is { } afterHyphen)
        {
            // "forty-one" is a number; "four-term" and "million-dollar" are compounds.
            return ClosedClassWords.Numbers.Contains(afterHyphen) ? WordClass.Number : WordClass.NumberCompound;
        }

        return ClosedClassWords.Classes.TryGetValue(lower, out var closed) ? closed : null;
    }

    /// <summary>The class of an open-class word: a proper noun when capitalized inside the sentence, else its most frequent WordNet use.</summary>
    private static WordClass Open(Word word, WordUses uses, bool first)
    {
        if (word.IsCapitalized && !first)
        {
            return WordClass.ProperNoun;
        }

        return uses.MostFrequent switch
        {
            PartOfSpeech.Noun => WordClass.Noun,
            PartOfSpeech.Verb => WordClass.Verb,
            PartOfSpeech.Adjective => WordClass.Adjective,
            PartOfSpeech.Adverb => WordClass.Adverb,
            _ when word.IsCapitalized => WordClass.ProperNoun,
            _ when word.Lower.EndsWith("ly", StringComparison.Ordinal) => WordClass.Adverb,
            _ => WordClass.Noun,
        };
    }

    /// <summary>What follows the hyphen of a word that starts with a number word and a hyphen ("four-term" → "term"); null otherwise.</summary>
    private static string? NumberWithHyphen(string lower)
    {
        var dash = lower.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && dash < lower.Length - 1 && ClosedClassWords.Numbers.Contains(lower[..dash]) ? lower[(dash + 1)..] : null;
    }
}
