namespace ConsistencyCheck.Text.Lexical;

/// <summary>
/// A WordNet part of speech: the four open word classes WordNet describes. Closed classes (determiners, pronouns,
/// prepositions, conjunctions) are not in WordNet at all.
/// </summary>
public enum PartOfSpeech
{
    /// <summary>A noun ("voter", "child"). The default value.</summary>
    Noun,

    /// <summary>A verb ("go", "vote").</summary>
    Verb,

    /// <summary>An adjective, head or satellite ("large", "big").</summary>
    Adjective,

    /// <summary>An adverb ("quickly").</summary>
    Adverb,
}
