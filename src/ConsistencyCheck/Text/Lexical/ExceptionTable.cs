namespace ConsistencyCheck.Text.Lexical;

/// <summary>
/// WordNet's morphological exception lists (noun.exc, verb.exc, adj.exc, adv.exc): irregular forms and their base
/// forms ("children" → "child", "went" → "go"). Base forms are kept as lemma ids, only those that are lemmas of the
/// list's part of speech; a form whose bases are all missing stays listed with none, since being listed is what
/// stops the detachment rules (<see cref="Morphy"/>). Immutable and thread-safe.
/// </summary>
internal sealed class ExceptionTable
{
    private readonly KeyTable[] _forms;
    private readonly int[][] _baseStart;
    private readonly int[][] _bases;

    /// <summary>
    /// Creates the table from, per part of speech in <see cref="PartOfSpeech"/> order, the irregular forms and the
    /// lemma ids of form i's bases, entries <c>baseStart[i]</c> to <c>baseStart[i + 1]</c> of <c>bases</c>.
    /// </summary>
    public ExceptionTable(KeyTable[] forms, int[][] baseStart, int[][] bases)
    {
        _forms = forms;
        _baseStart = baseStart;
        _bases = bases;
    }

    /// <summary>The number of irregular forms listed for <paramref name="partOfSpeech"/>.</summary>
    public int Count(PartOfSpeech partOfSpeech) => _forms[(int)partOfSpeech].Count;

    /// <summary>
    /// True when <paramref name="key"/> (a <see cref="LemmaKey"/>) is listed as an irregular form of
    /// <paramref name="partOfSpeech"/>; <paramref name="bases"/> then holds the lemma ids of its base forms.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> key, PartOfSpeech partOfSpeech, out ReadOnlySpan<int> bases)
    {
        var part = (int)partOfSpeech;
        var form = _forms[part].Find(key);
        bases = form < 0 ? default : _bases[part].AsSpan(_baseStart[part][form], _baseStart[part][form + 1] - _baseStart[part][form]);
        return form >= 0;
    }
}
