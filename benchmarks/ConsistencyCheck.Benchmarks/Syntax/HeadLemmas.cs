using System.Collections.Immutable;
using ConsistencyCheck.Text.Lexical;

namespace ConsistencyCheck.Benchmarks.Syntax;

/// <summary>
/// Compares a reader's head word with the annotated heads the same way for every reader: a word matches when it, or
/// one of its WordNet base forms as a noun or a verb ("residents" → resident, "sentenced" → sentence), is one of the
/// heads or of their base forms.
/// </summary>
internal sealed class HeadLemmas(WordNetLexicon lexicon)
{
    public ImmutableArray<string> Of(string word)
    {
        var lower = word.ToLowerInvariant().Trim('\'', '"', '’', '.', ',');
        if (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal))
        {
            lower = lower[..^2];
        }

        if (lower.Length == 0)
        {
            return [];
        }

        // WordNet lists "people" as a lemma of its own; its plural-of-person sense is the one news figures count.
        return lower == "people"
            ? [lower, "person"]
            : [lower, .. lexicon.Lemmas(lower, PartOfSpeech.Noun), .. lexicon.Lemmas(lower, PartOfSpeech.Verb)];
    }

    public bool Matches(string word, ImmutableArray<string> heads)
    {
        var forms = Of(word);
        return heads.Any(h => Of(h).Any(forms.Contains));
    }
}
