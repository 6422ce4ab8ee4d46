namespace ConsistencyCheck.Text.Syntax;

/// <summary>
/// A candidate for what a figure counts or measures: "55,000 displaced residents" has head "residents" (lemma
/// "resident") in the phrase "displaced residents", found as <see cref="CountedThingSource.FollowingNoun"/>.
/// </summary>
/// <param name="Head">The head word's span in the document text.</param>
/// <param name="Phrase">The span of the head with its modifiers (adjectives and nouns before it, no determiner); the head alone for a verb.</param>
/// <param name="Lemma">The head's base form, lower case: the noun's ("residents" → resident) or, for a verb, the verb's ("sentenced" → sentence).</param>
/// <param name="Source">Where it was found.</param>
internal readonly record struct CountedThing(SourceSpan Head, SourceSpan Phrase, string Lemma, CountedThingSource Source);
