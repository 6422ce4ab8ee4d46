namespace ConsistencyCheck.Stories;

/// <summary>
/// One term of a <see cref="StorySignature"/>: a word in its base form ("investigator", "indict"), a name as written
/// ("hawaii", "comey") or a name of several words ("donald trump"), lower case, with its weight.
/// </summary>
/// <param name="Text">The term, lower case; never null or empty. Words of a multiword name are joined by one space.</param>
/// <param name="Weight">
/// Its weight in the signature, above 0 and at most 1; the weights of a signature form a unit vector, so the weighted
/// cosine of two signatures is the sum of the products of the weights of their shared terms.
/// </param>
public readonly record struct StoryTerm(string Text, float Weight);
