namespace ConsistencyCheck.Text.Lexical;

/// <summary>
/// WordNet's synsets by id: nouns first, then verbs, adjectives and adverbs, each in data-file offset order. The
/// members of synset i are entries <c>memberStart[i]</c> to <c>memberStart[i + 1]</c> of the member array (lemma ids),
/// its hypernyms likewise (synset ids; instance hypernyms included). Immutable and thread-safe.
/// </summary>
internal sealed class SynsetTable
{
    private readonly int[] _partStart;
    private readonly int[] _offsets;
    private readonly int[] _memberStart;
    private readonly int[] _members;
    private readonly int[] _hypernymStart;
    private readonly int[] _hypernyms;

    /// <summary>
    /// Creates the table; <paramref name="partStart"/> holds the first id of each part of speech and, last, the
    /// number of synsets. The arrays are owned by the table from now on.
    /// </summary>
    public SynsetTable(int[] partStart, int[] offsets, int[] memberStart, int[] members, int[] hypernymStart, int[] hypernyms)
    {
        _partStart = partStart;
        _offsets = offsets;
        _memberStart = memberStart;
        _members = members;
        _hypernymStart = hypernymStart;
        _hypernyms = hypernyms;
    }

    /// <summary>The number of synsets.</summary>
    public int Count => _offsets.Length;

    /// <summary>The part of speech of synset <paramref name="id"/>.</summary>
    public PartOfSpeech PartOfSpeechOf(int id) =>
        id < _partStart[1] ? PartOfSpeech.Noun
        : id < _partStart[2] ? PartOfSpeech.Verb
        : id < _partStart[3] ? PartOfSpeech.Adjective
        : PartOfSpeech.Adverb;

    /// <summary>The public handle of synset <paramref name="id"/>.</summary>
    public WordNetSynset Synset(int id) => new(id, PartOfSpeechOf(id), _offsets[id]);

    /// <summary>True when <paramref name="synset"/> is one this table handed out (not the default value).</summary>
    public bool Owns(WordNetSynset synset) =>
        synset.Offset != 0 && (uint)synset.Index < (uint)_offsets.Length && _offsets[synset.Index] == synset.Offset
        && PartOfSpeechOf(synset.Index) == synset.PartOfSpeech;

    /// <summary>The lemma ids of synset <paramref name="id"/>, in WordNet's word order.</summary>
    public ReadOnlySpan<int> MembersOf(int id) => _members.AsSpan(_memberStart[id], _memberStart[id + 1] - _memberStart[id]);

    /// <summary>The synset ids of the hypernyms of synset <paramref name="id"/> (then its instance hypernyms); empty for adjectives and adverbs.</summary>
    public ReadOnlySpan<int> HypernymsOf(int id) => _hypernyms.AsSpan(_hypernymStart[id], _hypernymStart[id + 1] - _hypernymStart[id]);
}
