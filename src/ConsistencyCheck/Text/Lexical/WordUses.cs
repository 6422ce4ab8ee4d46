namespace ConsistencyCheck.Text.Lexical;

/// <summary>
/// How a word form can be used according to WordNet 3.0: for each part of speech, how many senses its base forms have
/// and how often those senses were tagged in WordNet's semantic concordances. The tag counts say which use is usual:
/// "vote" has 17 noun tags and 41 verb tags, so it is mostly a verb; "the" has no use at all.
/// </summary>
/// <remarks>
/// Counts are summed over every base form of the word for that part of speech (<see cref="WordNetLexicon.Lemmas"/>):
/// "saw" as a verb counts the senses of "saw" and of "see". The default value has no uses.
/// </remarks>
public readonly record struct WordUses
{
    private readonly int _nounSenses;
    private readonly int _verbSenses;
    private readonly int _adjectiveSenses;
    private readonly int _adverbSenses;
    private readonly int _nounTags;
    private readonly int _verbTags;
    private readonly int _adjectiveTags;
    private readonly int _adverbTags;

    internal WordUses(ReadOnlySpan<int> senses, ReadOnlySpan<int> tags)
    {
        (_nounSenses, _verbSenses, _adjectiveSenses, _adverbSenses) = (senses[0], senses[1], senses[2], senses[3]);
        (_nounTags, _verbTags, _adjectiveTags, _adverbTags) = (tags[0], tags[1], tags[2], tags[3]);
    }

    /// <summary>The parts of speech the word has at least one sense in; <see cref="PartsOfSpeech.None"/> when it is not in WordNet.</summary>
    public PartsOfSpeech PartsOfSpeech =>
        (_nounSenses > 0 ? PartsOfSpeech.Noun : PartsOfSpeech.None)
        | (_verbSenses > 0 ? PartsOfSpeech.Verb : PartsOfSpeech.None)
        | (_adjectiveSenses > 0 ? PartsOfSpeech.Adjective : PartsOfSpeech.None)
        | (_adverbSenses > 0 ? PartsOfSpeech.Adverb : PartsOfSpeech.None);

    /// <summary>True when the word can be a noun.</summary>
    public bool IsNoun => _nounSenses > 0;

    /// <summary>True when the word can be a verb.</summary>
    public bool IsVerb => _verbSenses > 0;

    /// <summary>True when the word can be an adjective.</summary>
    public bool IsAdjective => _adjectiveSenses > 0;

    /// <summary>True when the word can be an adverb.</summary>
    public bool IsAdverb => _adverbSenses > 0;

    /// <summary>
    /// The most frequent use: the part of speech with the highest tag count, ties going to the one with more senses,
    /// then to the first in the order noun, verb, adjective, adverb. Null when the word is not in WordNet.
    /// </summary>
    public PartOfSpeech? MostFrequent
    {
        get
        {
            PartOfSpeech? best = null;
            for (var pos = PartOfSpeech.Noun; pos <= PartOfSpeech.Adverb; pos++)
            {
                if (SenseCount(pos) > 0 && (best is not { } b || Beats(pos, b)))
                {
                    best = pos;
                }
            }

            return best;
        }
    }

    /// <summary>The number of senses the word's base forms have as <paramref name="partOfSpeech"/>; 0 when it has no such use.</summary>
    /// <param name="partOfSpeech">The part of speech.</param>
    /// <returns>The sense count, 0 or more.</returns>
    public int SenseCount(PartOfSpeech partOfSpeech) => partOfSpeech switch
    {
        PartOfSpeech.Noun => _nounSenses,
        PartOfSpeech.Verb => _verbSenses,
        PartOfSpeech.Adjective => _adjectiveSenses,
        PartOfSpeech.Adverb => _adverbSenses,
        _ => 0,
    };

    /// <summary>
    /// How often the senses of the word's base forms as <paramref name="partOfSpeech"/> were tagged in WordNet's
    /// semantic concordances: the evidence for how usual that use is. 0 when it has no such use or when none of its
    /// senses was ever tagged (true of most rare words).
    /// </summary>
    /// <param name="partOfSpeech">The part of speech.</param>
    /// <returns>The tag count, 0 or more.</returns>
    public int TagCount(PartOfSpeech partOfSpeech) => partOfSpeech switch
    {
        PartOfSpeech.Noun => _nounTags,
        PartOfSpeech.Verb => _verbTags,
        PartOfSpeech.Adjective => _adjectiveTags,
        PartOfSpeech.Adverb => _adverbTags,
        _ => 0,
    };

    private bool Beats(PartOfSpeech candidate, PartOfSpeech best) =>
        TagCount(candidate) > TagCount(best)
        || (TagCount(candidate) == TagCount(best) && SenseCount(candidate) > SenseCount(best));
}
