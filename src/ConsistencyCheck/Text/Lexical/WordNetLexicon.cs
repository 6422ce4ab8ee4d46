using System.Collections.Immutable;

namespace ConsistencyCheck.Text.Lexical;

/// <summary>
/// WordNet 3.0 as a lexical resource: base forms of inflected words, the parts of speech a word can have and how
/// usual each is, the senses of a lemma with their tag counts, synonyms and more general words. The data is embedded
/// in the library (Resources/wordnet.lex.gz, built by tools/wordnet/build_lexicon.py from Princeton's WordNet 3.0,
/// used under the WordNet 3.0 licence: see THIRD-PARTY-NOTICES.md).
/// </summary>
/// <remarks>
/// <para>
/// Words and lemmas are matched as WordNet spells them: case does not matter, a space and '_' are the same ("prime
/// minister"), and a typographic apostrophe matches a straight one. Anything with a character outside ASCII is not in
/// WordNet. Lemmas come back in WordNet's spelling: lower case, '_' for a space.
/// </para>
/// <para>
/// The instance is immutable and thread-safe. <see cref="Shared"/> reads the embedded data on first use (about a tenth
/// of a second and 8 MB kept: see docs/architecture.md). Lookups allocate nothing but what they return: the arrays,
/// and a new string for each lemma in them. <see cref="Uses"/>, <see cref="IsMoreGeneral"/> and
/// <see cref="Frequency(ReadOnlySpan{char})"/> allocate nothing.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var wordNet = WordNetLexicon.Shared;
/// wordNet.Lemmas("children", PartOfSpeech.Noun);               // ["child"]
/// wordNet.Uses("vote").MostFrequent;                           // PartOfSpeech.Verb
/// wordNet.IsMoreGeneral("doctor", "surgeon", PartOfSpeech.Noun, maxSenses: 1, maxDepth: 2); // true
/// </code>
/// </example>
public sealed class WordNetLexicon
{
    /// <summary>The deepest hypernym search <see cref="IsMoreGeneral"/> accepts; WordNet 3.0's longest chains are about 20 steps.</summary>
    public const int MaxDepth = 64;

    private static readonly Lazy<WordNetLexicon> SharedInstance = new(() => new WordNetLexicon(WordNetLexiconReader.ReadEmbedded()));

    private readonly WordNetTables _tables;

    internal WordNetLexicon(WordNetTables tables) => _tables = tables;

    /// <summary>The lexicon read from the embedded WordNet 3.0 data, loaded once, on first use, and shared by every caller.</summary>
    public static WordNetLexicon Shared => SharedInstance.Value;

    /// <summary>The number of lemmas (147,306 in WordNet 3.0).</summary>
    public int LemmaCount => _tables.Lemmas.Count;

    /// <summary>The number of synsets (117,659 in WordNet 3.0).</summary>
    public int SynsetCount => _tables.Synsets.Count;

    /// <summary>
    /// The base forms of <paramref name="word"/> as <paramref name="partOfSpeech"/>, by WordNet's Morphy: the word itself
    /// when it is a lemma, then the base forms its exception list gives ("children" → "child", "went" → "go") or,
    /// when it has none, every lemma one detachment rule makes of it ("voters" → "voter").
    /// </summary>
    /// <param name="word">A word as written; case does not matter.</param>
    /// <param name="partOfSpeech">The part of speech to read it as.</param>
    /// <returns>The lemmas, without repeats; empty when the word has no base form of that part of speech.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partOfSpeech"/> is not a defined value.</exception>
    public ImmutableArray<string> Lemmas(ReadOnlySpan<char> word, PartOfSpeech partOfSpeech)
    {
        CheckDefined(partOfSpeech);
        Span<char> key = stackalloc char[LemmaKey.MaxLength];
        var length = LemmaKey.Normalize(word, key);
        if (length < 0)
        {
            return [];
        }

        Span<int> ids = stackalloc int[Morphy.MaxResults];
        var count = Morphy.BaseForms(key[..length], _tables.Lemmas.Find(key[..length]), partOfSpeech, _tables, ids);
        if (count == 0)
        {
            return [];
        }

        var lemmas = new string[count];
        for (var i = 0; i < count; i++)
        {
            lemmas[i] = _tables.Lemmas[ids[i]];
        }

        return ImmutableArray.Create(lemmas);
    }

    /// <summary>
    /// How <paramref name="word"/> (as written, inflected or not) can be used: for each part of speech, the senses and
    /// tag counts of its base forms. Allocates nothing.
    /// </summary>
    /// <param name="word">A word as written; case does not matter.</param>
    /// <returns>Its uses; no use at all when it is not in WordNet ("the").</returns>
    public WordUses Uses(ReadOnlySpan<char> word)
    {
        Span<int> senses = stackalloc int[4];
        Span<int> tags = stackalloc int[4];
        Span<char> buffer = stackalloc char[LemmaKey.MaxLength];
        var length = LemmaKey.Normalize(word, buffer);
        if (length < 0)
        {
            return default;
        }

        var key = buffer[..length];
        var keyId = _tables.Lemmas.Find(key);
        Span<int> ids = stackalloc int[Morphy.MaxResults];
        for (var part = PartOfSpeech.Noun; part <= PartOfSpeech.Adverb; part++)
        {
            var count = Morphy.BaseForms(key, keyId, part, _tables, ids);
            foreach (var id in ids[..count])
            {
                var range = _tables.Lemmas.SensesOf(id, part, _tables.Synsets);
                senses[(int)part] += range.GetOffsetAndLength(int.MaxValue).Length;
                foreach (var tag in _tables.Lemmas.TagsOf(id)[range])
                {
                    tags[(int)part] += tag;
                }
            }
        }

        return new WordUses(senses, tags);
    }

    /// <summary>The senses of <paramref name="lemma"/> as <paramref name="partOfSpeech"/>, in WordNet's sense order.</summary>
    /// <param name="lemma">A lemma (not inflected: see <see cref="Lemmas"/>); case does not matter.</param>
    /// <param name="partOfSpeech">The part of speech.</param>
    /// <returns>The senses, numbered from 1; empty when the lemma has none of that part of speech.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partOfSpeech"/> is not a defined value.</exception>
    public ImmutableArray<WordSense> Senses(ReadOnlySpan<char> lemma, PartOfSpeech partOfSpeech)
    {
        CheckDefined(partOfSpeech);
        var id = FindLemma(lemma);
        if (id < 0)
        {
            return [];
        }

        var range = _tables.Lemmas.SensesOf(id, partOfSpeech, _tables.Synsets);
        var synsets = _tables.Lemmas.SynsetsOf(id)[range];
        var tags = _tables.Lemmas.TagsOf(id)[range];
        var senses = new WordSense[synsets.Length];
        for (var i = 0; i < senses.Length; i++)
        {
            senses[i] = new WordSense(_tables.Synsets.Synset(synsets[i]), i + 1, tags[i]);
        }

        return ImmutableArray.Create(senses);
    }

    /// <summary>
    /// The synonyms of <paramref name="lemma"/> in its <paramref name="maxSenses"/> most frequent senses as
    /// <paramref name="partOfSpeech"/>: the other lemmas of those synsets, in sense order and then in WordNet's word
    /// order. Restricting the senses keeps rare readings out: "physician" is a synonym of "doctor" in its first sense,
    /// "doc" too, but "Dr." of the church ("doctor of the church", sense 4) only with <paramref name="maxSenses"/> 4.
    /// </summary>
    /// <param name="lemma">A lemma; case does not matter.</param>
    /// <param name="partOfSpeech">The part of speech.</param>
    /// <param name="maxSenses">How many of the lemma's senses to use, from the first; at least 1.</param>
    /// <returns>The synonyms, without repeats and without the lemma itself; empty when it has none.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="partOfSpeech"/> is not a defined value, or <paramref name="maxSenses"/> is below 1.
    /// </exception>
    public ImmutableArray<string> Synonyms(ReadOnlySpan<char> lemma, PartOfSpeech partOfSpeech, int maxSenses)
    {
        CheckDefined(partOfSpeech);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSenses, 1);
        var id = FindLemma(lemma);
        if (id < 0)
        {
            return [];
        }

        var synonyms = ImmutableArray.CreateBuilder<string>();
        foreach (var synset in FirstSenses(id, partOfSpeech, maxSenses))
        {
            foreach (var member in _tables.Synsets.MembersOf(synset))
            {
                var other = _tables.Lemmas[member];
                if (member != id && !synonyms.Contains(other))
                {
                    synonyms.Add(other);
                }
            }
        }

        return synonyms.DrainToImmutable();
    }

    /// <summary>
    /// True when <paramref name="general"/> names a more general concept than <paramref name="specific"/>: one of the
    /// <paramref name="maxSenses"/> most frequent senses of <paramref name="general"/> is a hypernym (or, for an
    /// instance such as a city, an instance hypernym), within <paramref name="maxDepth"/> steps, of one of the
    /// <paramref name="maxSenses"/> most frequent senses of <paramref name="specific"/>. "doctor" is more general than
    /// "surgeon" (one step) and "person" than "surgeon" (five steps); a word is not more general than its synonym.
    /// Nouns and verbs only: adjectives and adverbs have no hypernyms, so the answer for them is false. Allocates nothing.
    /// </summary>
    /// <param name="general">The candidate more general lemma; case does not matter.</param>
    /// <param name="specific">The candidate more specific lemma.</param>
    /// <param name="partOfSpeech">The part of speech of both.</param>
    /// <param name="maxSenses">How many senses of each lemma to use, from the first; at least 1.</param>
    /// <param name="maxDepth">How many hypernym steps to climb from <paramref name="specific"/>; 1 to <see cref="MaxDepth"/>.</param>
    /// <returns>True when a hypernym path joins the two within the limits.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="partOfSpeech"/> is not a defined value, or a limit is out of its range.
    /// </exception>
    public bool IsMoreGeneral(ReadOnlySpan<char> general, ReadOnlySpan<char> specific, PartOfSpeech partOfSpeech, int maxSenses, int maxDepth)
    {
        CheckDefined(partOfSpeech);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSenses, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDepth, MaxDepth);
        var generalId = FindLemma(general);
        var specificId = FindLemma(specific);
        if (generalId < 0 || specificId < 0)
        {
            return false;
        }

        var targets = FirstSenses(generalId, partOfSpeech, maxSenses);
        foreach (var start in FirstSenses(specificId, partOfSpeech, maxSenses))
        {
            if (Reaches(start, targets, maxDepth))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How often the senses of <paramref name="lemma"/>, all parts of speech together, were tagged in WordNet's semantic
    /// concordances: a fixed measure of how common a word is, the same in every run ("people" 290, "signatory" 0).
    /// </summary>
    /// <param name="lemma">A lemma; case does not matter. Not lemmatised: "people" and "person" are counted apart.</param>
    /// <returns>The sum of its tag counts; 0 when it was never tagged or is not in WordNet.</returns>
    public int Frequency(ReadOnlySpan<char> lemma)
    {
        var id = FindLemma(lemma);
        return id < 0 ? 0 : Sum(_tables.Lemmas.TagsOf(id));
    }

    /// <summary>How often the senses of <paramref name="lemma"/> as <paramref name="partOfSpeech"/> were tagged.</summary>
    /// <param name="lemma">A lemma; case does not matter.</param>
    /// <param name="partOfSpeech">The part of speech.</param>
    /// <returns>The sum of the tag counts of its senses of that part of speech; 0 when there are none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partOfSpeech"/> is not a defined value.</exception>
    public int Frequency(ReadOnlySpan<char> lemma, PartOfSpeech partOfSpeech)
    {
        CheckDefined(partOfSpeech);
        var id = FindLemma(lemma);
        return id < 0 ? 0 : Sum(_tables.Lemmas.TagsOf(id)[_tables.Lemmas.SensesOf(id, partOfSpeech, _tables.Synsets)]);
    }

    /// <summary>The lemmas of <paramref name="synset"/>, in WordNet's word order, lower case.</summary>
    /// <param name="synset">A synset from this lexicon.</param>
    /// <returns>Its lemmas; never empty.</returns>
    /// <exception cref="ArgumentException"><paramref name="synset"/> is the default value or not from this lexicon.</exception>
    public ImmutableArray<string> Members(WordNetSynset synset)
    {
        CheckOwned(synset);
        var members = _tables.Synsets.MembersOf(synset.Index);
        var lemmas = new string[members.Length];
        for (var i = 0; i < lemmas.Length; i++)
        {
            lemmas[i] = _tables.Lemmas[members[i]];
        }

        return ImmutableArray.Create(lemmas);
    }

    /// <summary>The hypernyms of <paramref name="synset"/>, then its instance hypernyms, in WordNet's order.</summary>
    /// <param name="synset">A synset from this lexicon.</param>
    /// <returns>The more general synsets one step up; empty for a root and for every adjective and adverb.</returns>
    /// <exception cref="ArgumentException"><paramref name="synset"/> is the default value or not from this lexicon.</exception>
    public ImmutableArray<WordNetSynset> Hypernyms(WordNetSynset synset)
    {
        CheckOwned(synset);
        var ids = _tables.Synsets.HypernymsOf(synset.Index);
        var hypernyms = new WordNetSynset[ids.Length];
        for (var i = 0; i < hypernyms.Length; i++)
        {
            hypernyms[i] = _tables.Synsets.Synset(ids[i]);
        }

        return ImmutableArray.Create(hypernyms);
    }

    private int FindLemma(ReadOnlySpan<char> lemma)
    {
        Span<char> key = stackalloc char[LemmaKey.MaxLength];
        var length = LemmaKey.Normalize(lemma, key);
        return length < 0 ? -1 : _tables.Lemmas.Find(key[..length]);
    }

    private ReadOnlySpan<int> FirstSenses(int lemma, PartOfSpeech partOfSpeech, int maxSenses)
    {
        var senses = _tables.Lemmas.SynsetsOf(lemma)[_tables.Lemmas.SensesOf(lemma, partOfSpeech, _tables.Synsets)];
        return senses[..Math.Min(senses.Length, maxSenses)];
    }

    // Depth-first without a visited set: WordNet's hypernym graph is nearly a tree, so paths are few, and the depth
    // limit ends the one cycle it has (among verbs).
    private bool Reaches(int synset, ReadOnlySpan<int> targets, int depth)
    {
        foreach (var hypernym in _tables.Synsets.HypernymsOf(synset))
        {
            if (targets.Contains(hypernym) || (depth > 1 && Reaches(hypernym, targets, depth - 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static int Sum(ReadOnlySpan<int> values)
    {
        var sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    private static void CheckDefined(PartOfSpeech partOfSpeech)
    {
        if (partOfSpeech is < PartOfSpeech.Noun or > PartOfSpeech.Adverb)
        {
            ThrowUndefined(partOfSpeech);
        }
    }

    private void CheckOwned(WordNetSynset synset)
    {
        if (!_tables.Synsets.Owns(synset))
        {
            throw new ArgumentException("The synset is the default value or does not come from this lexicon.", nameof(synset));
        }
    }

    private static void ThrowUndefined(PartOfSpeech partOfSpeech) =>
        throw new ArgumentOutOfRangeException(nameof(partOfSpeech), partOfSpeech, "Not a defined part of speech.");
}
