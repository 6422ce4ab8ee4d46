using System.Collections.Immutable;
using ConsistencyCheck.Text;
using ConsistencyCheck.Text.Lexical;

namespace ConsistencyCheck.Benchmarks.Syntax;

/// <summary>A word of a sentence with its tag.</summary>
internal readonly record struct TaggedWord(Word Word, Tag Tag)
{
    public string Lower => Word.Lower;

    /// <summary>True for the tags a noun phrase is made of (modifiers and heads).</summary>
    public bool InNounPhrase => Tag is Tag.Noun or Tag.ProperNoun or Tag.Adjective or Tag.Number or Tag.NumberCompound or Tag.Determiner;

    /// <summary>True for a tag that can head a noun phrase.</summary>
    public bool IsNoun => Tag is Tag.Noun or Tag.ProperNoun;
}

/// <summary>
/// Tags words with their most frequent WordNet part of speech (tag counts of WordNet's semantic concordances), closed
/// classes from <see cref="FunctionWords"/>, and three context rules a shallow tagger needs: after a determiner, a
/// number or an adjective, a word that can be a noun is one ("the vote"); after a pronoun, "to" or an auxiliary, a
/// word that can be a verb is one ("they vote"); a past or present participle between a determiner or number and a
/// noun is an adjective ("55,000 displaced residents"). The words of a figure already recognized are numbers, so
/// the word after one reads as after a determiner ("10 percent support", "a million-dollar check").
/// </summary>
internal sealed class WordNetTagger(WordNetLexicon lexicon)
{
    public ImmutableArray<TaggedWord> Tag(string text, SourceSpan sentence, IReadOnlyList<SourceSpan> figures)
    {
        var words = WordTokenizer.Tokenize(text, sentence);
        var tags = new Tag[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            tags[i] = Lexical(words[i], i == 0);
            var span = words[i].Span;
            if (tags[i] is not (Syntax.Tag.Number or Syntax.Tag.NumberCompound) && figures.Any(f => span.Start < f.End && f.Start < span.End))
            {
                tags[i] = words[i].Lower.Contains('-', StringComparison.Ordinal) ? Syntax.Tag.NumberCompound : Syntax.Tag.Number;
            }
        }

        for (var i = 1; i < words.Length; i++)
        {
            var uses = lexicon.Uses(words[i].Lower);
            var before = tags[i - 1];
            if (tags[i] is Syntax.Tag.Verb or Syntax.Tag.Adjective or Syntax.Tag.Adverb && uses.IsNoun
                && before is Syntax.Tag.Determiner or Syntax.Tag.Number or Syntax.Tag.NumberCompound or Syntax.Tag.Adjective
                && !words[i].PrecededByClauseBreak && !(tags[i] == Syntax.Tag.Adjective && i + 1 < words.Length && CanBeNoun(words[i + 1])))
            {
                tags[i] = Syntax.Tag.Noun;
            }
            else if (tags[i] == Syntax.Tag.Noun && uses.IsVerb && (before is Syntax.Tag.Pronoun or Syntax.Tag.Auxiliary || words[i - 1].Lower == "to"))
            {
                tags[i] = Syntax.Tag.Verb;
            }
        }

        for (var i = 1; i + 1 < words.Length; i++)
        {
            if (tags[i] == Syntax.Tag.Verb && (words[i].Lower.EndsWith("ed", StringComparison.Ordinal) || words[i].Lower.EndsWith("ing", StringComparison.Ordinal))
                && tags[i - 1] is Syntax.Tag.Determiner or Syntax.Tag.Number or Syntax.Tag.NumberCompound or Syntax.Tag.Adjective
                && tags[i + 1] is Syntax.Tag.Noun or Syntax.Tag.ProperNoun)
            {
                tags[i] = Syntax.Tag.Adjective;
            }
        }

        var result = ImmutableArray.CreateBuilder<TaggedWord>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            result.Add(new TaggedWord(words[i], tags[i]));
        }

        return result.MoveToImmutable();
    }

    private bool CanBeNoun(Word word) => lexicon.Uses(word.Lower).IsNoun || (word.IsCapitalized && !FunctionWords.Tags.ContainsKey(word.Lower));

    private Tag Lexical(Word word, bool first)
    {
        var lower = word.Lower;
        if (char.IsAsciiDigit(lower[0]))
        {
            return lower.Contains('-', StringComparison.Ordinal) && lower.Any(char.IsLetter) ? Syntax.Tag.NumberCompound : Syntax.Tag.Number;
        }

        if (FunctionWords.NumberWords.Contains(lower) || IsHyphenatedNumber(lower))
        {
            return Syntax.Tag.Number;
        }

        if (FunctionWords.Tags.TryGetValue(lower, out var closed))
        {
            return closed;
        }

        if (word.IsCapitalized && !first)
        {
            return Syntax.Tag.ProperNoun;
        }

        var uses = lexicon.Uses(lower);
        return uses.MostFrequent switch
        {
            PartOfSpeech.Noun => Syntax.Tag.Noun,
            PartOfSpeech.Verb => Syntax.Tag.Verb,
            PartOfSpeech.Adjective => Syntax.Tag.Adjective,
            PartOfSpeech.Adverb => Syntax.Tag.Adverb,
            _ when word.IsCapitalized => Syntax.Tag.ProperNoun,
            _ when lower.EndsWith("ly", StringComparison.Ordinal) => Syntax.Tag.Adverb,
            _ => Syntax.Tag.Noun,
        };
    }

    private static bool IsHyphenatedNumber(string lower)
    {
        var dash = lower.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && FunctionWords.NumberWords.Contains(lower[..dash]) && FunctionWords.NumberWords.Contains(lower[(dash + 1)..]);
    }
}
