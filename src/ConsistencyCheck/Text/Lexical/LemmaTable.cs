namespace ConsistencyCheck.Text.Lexical;

/// <summary>
/// WordNet's lemmas and their senses: lemma ids are positions in the ordinal-sorted lemma list, and the senses of lemma
/// i are entries <c>senseStart[i]</c> to <c>senseStart[i + 1]</c> of the sense arrays, grouped by part of speech
/// (noun, verb, adjective, adverb) and in WordNet's sense order within each. Immutable and thread-safe.
/// </summary>
internal sealed class LemmaTable
{
    private readonly KeyTable _lemmas;
    private readonly int[] _senseStart;
    private readonly int[] _senseSynsets;
    private readonly int[] _senseTags;

    /// <summary>Creates the table; the arrays are owned by it from now on.</summary>
    public LemmaTable(KeyTable lemmas, int[] senseStart, int[] senseSynsets, int[] senseTags)
    {
        _lemmas = lemmas;
        _senseStart = senseStart;
        _senseSynsets = senseSynsets;
        _senseTags = senseTags;
    }

    /// <summary>The number of lemmas.</summary>
    public int Count => _lemmas.Count;

    /// <summary>The lemma with id <paramref name="id"/>, as a new string.</summary>
    public string this[int id] => _lemmas[id];

    /// <summary>The id of the lemma spelled exactly <paramref name="key"/> (a <see cref="LemmaKey"/>), or -1.</summary>
    public int Find(ReadOnlySpan<char> key) => _lemmas.Find(key);

    /// <summary>The synset ids of every sense of lemma <paramref name="id"/>, all parts of speech.</summary>
    public ReadOnlySpan<int> SynsetsOf(int id) => _senseSynsets.AsSpan(_senseStart[id], _senseStart[id + 1] - _senseStart[id]);

    /// <summary>The tag counts of every sense of lemma <paramref name="id"/>, parallel to <see cref="SynsetsOf"/>.</summary>
    public ReadOnlySpan<int> TagsOf(int id) => _senseTags.AsSpan(_senseStart[id], _senseStart[id + 1] - _senseStart[id]);

    /// <summary>
    /// Where the senses of lemma <paramref name="id"/> as <paramref name="partOfSpeech"/> stand within
    /// <see cref="SynsetsOf"/> and <see cref="TagsOf"/>: an empty range when it has none.
    /// </summary>
    public Range SensesOf(int id, PartOfSpeech partOfSpeech, SynsetTable synsets)
    {
        var all = SynsetsOf(id);
        var start = 0;
        while (start < all.Length && synsets.PartOfSpeechOf(all[start]) < partOfSpeech)
        {
            start++;
        }

        var end = start;
        while (end < all.Length && synsets.PartOfSpeechOf(all[end]) == partOfSpeech)
        {
            end++;
        }

        return start..end;
    }

    /// <summary>True when every sense names a synset id below <paramref name="limit"/> (a check made once, at load).</summary>
    public bool SynsetIdsBelow(int limit) => !_senseSynsets.AsSpan().ContainsAnyExceptInRange(0, limit - 1);

    /// <summary>True when lemma <paramref name="id"/> has a sense as <paramref name="partOfSpeech"/>.</summary>
    public bool Has(int id, PartOfSpeech partOfSpeech, SynsetTable synsets)
    {
        foreach (var synset in SynsetsOf(id))
        {
            if (synsets.PartOfSpeechOf(synset) == partOfSpeech)
            {
                return true;
            }
        }

        return false;
    }
}
