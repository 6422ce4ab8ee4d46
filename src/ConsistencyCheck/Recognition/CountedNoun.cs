using ConsistencyCheck.Text;

namespace ConsistencyCheck.Recognition;

/// <summary>
/// What a count counts, read from the syntax of its sentence: in "55,000 displaced residents" the lemma is
/// "resident", the modifiers "displaced"; in "a 12-page report" the lemma is "page" (the noun inside the figure) and
/// the modifiers are empty. It is the unit of a count in the <c>recognize</c> output.
/// </summary>
/// <param name="Lemma">The head noun's base form, lower case ("resident", "person" for "people" when WordNet says so).</param>
/// <param name="Modifiers">The words before the head in its noun phrase, as written ("displaced", "Republican"), or null when there are none.</param>
/// <param name="Span">Where the head noun stands in the text.</param>
public sealed record CountedNoun(string Lemma, string? Modifiers, SourceSpan Span);
