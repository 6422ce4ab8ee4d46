namespace ConsistencyCheck.Text.Lexical;

/// <summary>A set of <see cref="PartOfSpeech"/> values: the parts of speech a word can have in WordNet.</summary>
[Flags]
public enum PartsOfSpeech
{
    /// <summary>None: the word is not in WordNet (for example "the", "of").</summary>
    None = 0,

    /// <summary>The word can be a noun.</summary>
    Noun = 1 << PartOfSpeech.Noun,

    /// <summary>The word can be a verb.</summary>
    Verb = 1 << PartOfSpeech.Verb,

    /// <summary>The word can be an adjective.</summary>
    Adjective = 1 << PartOfSpeech.Adjective,

    /// <summary>The word can be an adverb.</summary>
    Adverb = 1 << PartOfSpeech.Adverb,
}
