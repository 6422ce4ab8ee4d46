using System.Collections.Immutable;
using ConsistencyCheck.Text.Lexical;

namespace ConsistencyCheck.Tests.RealNews;

/// <summary>
/// The unit test of docs/evaluation.md § 10: the annotated figure's unit (a currency for amounts, percent for shares,
/// the unit word for measures, one of the <c>heads</c> for counts) against a predicted unit word, both read through
/// their WordNet base forms as nouns and verbs, as docs/decisions/0001-syntax-reader.md compares heads.
/// </summary>
public sealed class UnitWords(WordNetLexicon lexicon)
{
    /// <summary>True when <paramref name="entity"/>'s unit is the unit of <paramref name="gold"/>.</summary>
    public bool Matches(AnnotatedFigure gold, string text, RecognizedEntity entity)
    {
        if (entity.Unit is not { } unit)
        {
            return false;
        }

        var forms = Forms(unit);
        return Expected(gold, text).Any(word => Forms(word).Any(forms.Contains));
    }

    /// <summary>The unit words an annotated figure accepts.</summary>
    public static IEnumerable<string> Expected(AnnotatedFigure gold, string text)
    {
        switch (gold.Kind)
        {
            case "count":
                return gold.Heads;
            case "share":
                return ["percent"];
            case "amount":
                return [gold.Quote.Contains('£', StringComparison.Ordinal) || gold.Quote.Contains("pound", StringComparison.OrdinalIgnoreCase) ? "pound"
                    : gold.Quote.Contains('€', StringComparison.Ordinal) || gold.Quote.Contains("euro", StringComparison.OrdinalIgnoreCase) ? "euro"
                    : "dollar"];
            default:
                var written = QuoteValue.Parse(gold.Quote).UnitWords;
                var word = written.IsEmpty ? NextWord(text, gold.End) : written[0];
                return gold.Heads.Contains("age") ? [word, "year"] : [word];
        }
    }

    /// <summary>A word lower-cased with its WordNet base forms as a noun and as a verb ("people" also "person").</summary>
    public ImmutableArray<string> Forms(string word)
    {
        var lower = word.ToLowerInvariant().Trim('\'', '"', '’', '.', ',');
        if (lower.Length == 0)
        {
            return [];
        }

        return lower == "people"
            ? [lower, "person"]
            : [lower, .. lexicon.Lemmas(lower, PartOfSpeech.Noun), .. lexicon.Lemmas(lower, PartOfSpeech.Verb)];
    }

    private static string NextWord(string text, int end)
    {
        var i = end;
        while (i < text.Length && (text[i] == ' ' || text[i] == '-'))
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return text[start..i];
    }
}
