namespace ConsistencyCheck.Text.Lexical;

/// <summary>
/// WordNet's morphological base forms (Morphy, morphy(7WN)): a form listed in the exception list of the part of
/// speech gives the form itself, when it is a lemma, and the listed base forms; any other form gives itself, when it is
/// a lemma, and every lemma one detachment rule makes of it ("voters" → "voter", "boxes" → "box", "ran" is listed).
/// </summary>
/// <remarks>
/// Rules are applied once, as WordNet's morph.c does, but every match is kept, as NLTK's <c>morphy</c> does (morph.c
/// stops at the first). As in morph.c, a noun ending in "ss" or of two letters or fewer is not detached ("glass" does
/// not give "glas", "as" does not give "a"). Verb collocations ("looked up") are not split; a collocation's last word
/// is still detached, since every rule works on the end of the form.
/// </remarks>
internal static class Morphy
{
    /// <summary>Enough room for the base forms of any form: itself, two exception bases or one per rule.</summary>
    public const int MaxResults = 16;

    private static readonly (string Suffix, string Ending)[] NounRules =
        [("s", ""), ("ses", "s"), ("ves", "f"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")];

    private static readonly (string Suffix, string Ending)[] VerbRules =
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];

    private static readonly (string Suffix, string Ending)[] AdjectiveRules =
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e")];

    /// <summary>
    /// Writes the lemma ids of the base forms of <paramref name="key"/> (a <see cref="LemmaKey"/>) as
    /// <paramref name="partOfSpeech"/> into <paramref name="found"/> (at least <see cref="MaxResults"/> long), without
    /// repeats, and returns how many there are. <paramref name="keyId"/> is the lemma id of the key itself, or -1:
    /// the caller looks it up once for all parts of speech.
    /// </summary>
    public static int BaseForms(ReadOnlySpan<char> key, int keyId, PartOfSpeech partOfSpeech, WordNetTables tables, Span<int> found)
    {
        var count = AddIfLemma(keyId, partOfSpeech, tables, found, 0);
        if (tables.Exceptions.TryGet(key, partOfSpeech, out var bases))
        {
            foreach (var id in bases)
            {
                count = Add(id, found, count);
            }

            return count;
        }

        if (partOfSpeech == PartOfSpeech.Noun && (key.Length <= 2 || key.EndsWith("ss", StringComparison.Ordinal)))
        {
            return count;
        }

        Span<char> candidate = stackalloc char[LemmaKey.MaxLength + 2];
        foreach (var (suffix, ending) in RulesFor(partOfSpeech))
        {
            if (key.Length <= suffix.Length || !key.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = key[..^suffix.Length];
            stem.CopyTo(candidate);
            ending.AsSpan().CopyTo(candidate[stem.Length..]);
            var id = tables.Lemmas.Find(candidate[..(stem.Length + ending.Length)]);
            count = AddIfLemma(id, partOfSpeech, tables, found, count);
        }

        return count;
    }

    private static (string Suffix, string Ending)[] RulesFor(PartOfSpeech partOfSpeech) => partOfSpeech switch
    {
        PartOfSpeech.Noun => NounRules,
        PartOfSpeech.Verb => VerbRules,
        PartOfSpeech.Adjective => AdjectiveRules,
        _ => [],
    };

    private static int AddIfLemma(int id, PartOfSpeech partOfSpeech, WordNetTables tables, Span<int> found, int count) =>
        id >= 0 && tables.Lemmas.Has(id, partOfSpeech, tables.Synsets) ? Add(id, found, count) : count;

    private static int Add(int id, Span<int> found, int count)
    {
        if (found[..count].Contains(id))
        {
            return count;
        }

        found[count] = id;
        return count + 1;
    }
}
