namespace ConsistencyCheck.Text.Syntax;

/// <summary>
/// The word classes of the shallow chunker: WordNet's four open classes, proper nouns, the figure's own words, and the
/// closed classes WordNet does not list (<see cref="ClosedClassWords"/>).
/// </summary>
internal enum WordClass
{
    /// <summary>A common noun ("residents", "percent").</summary>
    Noun,

    /// <summary>A capitalized word inside a sentence that is not a closed-class word ("Romney", "Senate").</summary>
    ProperNoun,

    /// <summary>A verb ("evacuated", "spend").</summary>
    Verb,

    /// <summary>An adjective, or a participle between a quantifier and a noun ("displaced" in "55,000 displaced residents").</summary>
    Adjective,

    /// <summary>An adverb ("nearly", "abruptly").</summary>
    Adverb,

    /// <summary>A number written in digits or words, or any word of a figure the recognizers found ("55,000", "forty-one").</summary>
    Number,

    /// <summary>A number joined to a noun by a hyphen ("60-word", "million-dollar", "four-term").</summary>
    NumberCompound,

    /// <summary>An article, demonstrative, possessive or quantifier ("the", "their", "several").</summary>
    Determiner,

    /// <summary>A preposition ("of", "for", "per").</summary>
    Preposition,

    /// <summary>A coordinating conjunction ("and", "or").</summary>
    Conjunction,

    /// <summary>A pronoun ("they", "who").</summary>
    Pronoun,

    /// <summary>A form of "be", "have" or "do", or a modal ("was", "has", "will").</summary>
    Auxiliary,

    /// <summary>A word that opens a clause ("that", "because", "while").</summary>
    Subordinator,
}
