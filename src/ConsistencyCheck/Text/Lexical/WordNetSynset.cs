using System.Globalization;

namespace ConsistencyCheck.Text.Lexical;

/// <summary>
/// A WordNet 3.0 synset (a set of synonymous lemmas naming one concept), as <see cref="WordNetLexicon"/> hands it out.
/// Its identity is its part of speech and its offset, the usual WordNet 3.0 synset identifier (doctor in the sense
/// "a licensed medical practitioner" is <c>10020890-n</c>), so a synset can be traced back to the database.
/// </summary>
/// <remarks>
/// Only <see cref="WordNetLexicon"/> creates synsets. The default value is no synset: its <see cref="Offset"/> is 0,
/// and the lexicon rejects it with an <see cref="ArgumentException"/>.
/// </remarks>
public readonly record struct WordNetSynset
{
    internal WordNetSynset(int index, PartOfSpeech partOfSpeech, int offset)
    {
        Index = index;
        PartOfSpeech = partOfSpeech;
        Offset = offset;
    }

    /// <summary>The part of speech of every lemma in the synset.</summary>
    public PartOfSpeech PartOfSpeech { get; }

    /// <summary>The byte offset of the synset in WordNet 3.0's data file for its part of speech; 0 for the default value.</summary>
    public int Offset { get; }

    /// <summary>The position of the synset in the lexicon's synset table.</summary>
    internal int Index { get; }

    /// <summary>The WordNet 3.0 identifier: the offset in eight digits, a dash and n, v, a or r ("10020890-n").</summary>
    /// <returns>The identifier.</returns>
    public override string ToString()
    {
        var letter = PartOfSpeech switch
        {
            PartOfSpeech.Noun => 'n',
            PartOfSpeech.Verb => 'v',
            PartOfSpeech.Adjective => 'a',
            _ => 'r',
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Offset:D8}-{letter}");
    }
}
