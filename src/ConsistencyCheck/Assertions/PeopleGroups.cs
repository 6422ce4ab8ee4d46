using System.Collections.Immutable;
using ConsistencyCheck.Assertions.Lexicons;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// Named groups of people ("66 miners", "nurses") and the bare figures that stand for the last one named ("Nine were
/// taken to hospital"): the one reading that carries over from figure to figure of a document.
/// </summary>
internal static class PeopleGroups
{
    /// <summary>A named group of people ("66 miners", "nurses"), which a later bare figure may stand for.</summary>
    public static bool IsGroup(AssertionLexicon lexicon, Subject subject) =>
        !subject.IsNone && subject.Class != SubjectLexicon.Any && lexicon.IsKnownSubject(subject.Head) &&
        AssertionLexicon.Kind(subject.Class) == SubjectLexicon.People;

    /// <summary>
    /// "Nine were taken to hospital", "Forty-one of them reached the surface", "Two later died": a figure that opens its
    /// sentence as the subject of a verb, with no noun of its own, counts the group of people last counted before it.
    /// </summary>
    public static bool StandsForAGroup(ImmutableArray<Word> words, int firstOfFigure, int lastOfFigure)
    {
        // At the start of the sentence, or of a clause joined by a conjunction: "…, and five were kept in overnight".
        var opener = firstOfFigure == 0 || (firstOfFigure == 1 && words[0].Lower is "but" or "and" or "only" or "another" or "all") ||
            (firstOfFigure > 1 && words[firstOfFigure - 1].Lower is "and" or "but" or "while" && words[firstOfFigure - 1].PrecededByClauseBreak);
        if (!opener || lastOfFigure + 1 >= words.Length || words[lastOfFigure + 1].PrecededByClauseBreak)
        {
            return false;
        }

        var next = lastOfFigure + 1;
        if (words[next].Lower == "of" && next + 1 < words.Length && words[next + 1].Lower is "them" or "those")
        {
            return true;
        }

        return words[next].Lower is "were" or "are" or "was" or "have" or "had" or "remain" or "remained" or "later" or "still" or "died" or "stayed";
    }
}
