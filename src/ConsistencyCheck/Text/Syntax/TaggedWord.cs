namespace ConsistencyCheck.Text.Syntax;

/// <summary>A word of a sentence with its word class.</summary>
/// <param name="Word">The word: span and lower-cased text.</param>
/// <param name="Class">Its class in this sentence.</param>
internal readonly record struct TaggedWord(Word Word, WordClass Class)
{
    /// <summary>The word's lower-cased text.</summary>
    public string Lower => Word.Lower;

    /// <summary>True for the classes a noun phrase is made of: determiners, numbers, adjectives and nouns.</summary>
    public bool InNounPhrase => Class is WordClass.Noun or WordClass.ProperNoun or WordClass.Adjective or WordClass.Number
        or WordClass.NumberCompound or WordClass.Determiner;

    /// <summary>True for a class that can head a noun phrase.</summary>
    public bool IsNoun => Class is WordClass.Noun or WordClass.ProperNoun;

    /// <summary>True for a possessive ("senator's", "Trump’s"): an owner, not a head.</summary>
    public bool IsPossessive => Lower.EndsWith("'s", StringComparison.Ordinal) || Lower.EndsWith("’s", StringComparison.Ordinal);
}
