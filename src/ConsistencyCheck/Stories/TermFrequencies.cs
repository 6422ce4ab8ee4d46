using System.Collections.Frozen;
using System.IO.Compression;

namespace ConsistencyCheck.Stories;

/// <summary>
/// How common an English word is, by a fixed table shipped in the package: the WordNet 3.0 sense tag counts of about
/// 17,300 lemmas (summed over their senses), their irregular inflections, and a list of function words, built by
/// <c>tools/stories/build_term_frequencies.py</c> into <c>Resources/stories/term-frequencies.tsv.gz</c> (WordNet's
/// licence beside it). The table never changes with the input, so a signature never depends on other documents.
/// </summary>
/// <remarks>
/// A stop-gap: a fuller WordNet resource is being built for the recognizers, and this table is to be replaced by it
/// once it lands. Immutable after the one load; thread-safe.
/// </remarks>
internal sealed class TermFrequencies
{
    /// <summary>The count given to function words: they are never terms.</summary>
    public const int FunctionWord = 1_000_000;

    private const string ResourceName = "ConsistencyCheck.Resources.stories.term-frequencies.tsv.gz";

    /// <summary>The count above which a word is so common that it reads as nearly empty (WordNet's "be" has 16,667).</summary>
    private const double Saturation = 20_000;

    private static readonly Lazy<TermFrequencies> Shared = new(Load);

    /// <summary>The longest word the signature looks up, and the room it gives for a base form.</summary>
    public const int MaxWordLength = 48;

    public const int MaxLemmaLength = MaxWordLength + 4;

    private readonly FrozenDictionary<string, Entry> _counts;
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
#endif

    // Every form the suffix rules can read, with its base form and count (FindLemmaByRules computed once at load), so a
    // word takes one lookup; a word not in it has no base form in the table.
    private readonly Dictionary<string, (string Lemma, int Count)> _forms;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, (string Lemma, int Count)>.AlternateLookup<ReadOnlySpan<char>> _formsBySpan;
#endif

    private TermFrequencies(FrozenDictionary<string, Entry> counts)
    {
        _counts = counts;
#if NET9_0_OR_GREATER
        _bySpan = counts.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        _forms = AllForms();
#if NET9_0_OR_GREATER
        _formsBySpan = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The table shipped in the package, read once.</summary>
    public static TermFrequencies Default => Shared.Value;

    /// <summary>Number of words in the table.</summary>
    public int Count => _counts.Count;

    /// <summary>Number of forms with a base form in the table (the words, their regular inflections and irregular forms).</summary>
    public int FormCount => _forms.Count;

    /// <summary>
    /// How specific a word with tag count <paramref name="count"/> is, from 1 (never tagged: a name, a rare word) down
    /// to 0 (as common as "be"): <c>ln(S / (count + 1)) / ln S</c> with S = 20,000, clamped to [0, 1].
    /// </summary>
    public static double Specificity(int count) =>
        count >= FunctionWord ? 0 : Math.Clamp(Math.Log(Saturation / (count + 1)) / Math.Log(Saturation), 0, 1);

    /// <summary>The count of <paramref name="word"/> (lower case) exactly as written, or -1 when it is not in the table.</summary>
    public int CountOf(ReadOnlySpan<char> word) => TryGet(word, out var entry) ? entry.Count : -1;

    private bool TryGet(ReadOnlySpan<char> word, out Entry entry)
    {
#if NET9_0_OR_GREATER
        return _bySpan.TryGetValue(word, out entry);
#else
        return _counts.TryGetValue(new string(word), out entry);
#endif
    }

    /// <summary>
    /// Finds the base form of <paramref name="word"/> (lower case) in the table: an irregular form's lemma ("said" →
    /// "say"), the word itself, or the word with a regular inflection undone the way WordNet's morphy does
    /// ("investigators", "indicted", "carried", "stopped", "cities"). Writes the base form into
    /// <paramref name="lemma"/> (at least <c>word.Length + 1</c> long) and returns its length and count, or 0 and -1
    /// when no form is in the table.
    /// </summary>
    public (int Length, int Count) FindLemma(ReadOnlySpan<char> word, Span<char> lemma)
    {
#if NET9_0_OR_GREATER
        if (!_formsBySpan.TryGetValue(word, out var form))
#else
        if (!_forms.TryGetValue(new string(word), out var form))
#endif
        {
            return (0, -1);
        }

        form.Lemma.CopyTo(lemma);
        return (form.Lemma.Length, form.Count);
    }

    /// <summary>
    /// <see cref="FindLemma"/> by the rules, with a lemma buffer <see cref="MaxLemmaLength"/> long: the irregular form's
    /// lemma, the word itself, then morphy's suffix rules in order.
    /// </summary>
    internal (int Length, int Count) FindLemmaByRules(ReadOnlySpan<char> word, Span<char> lemma)
    {
        if (TryForm(word, [], lemma, out var found))
        {
            return found;
        }

        // Suffix rules in morphy's order (nouns, then verbs, then adjectives); the first form in the table wins.
        return Try(word, "ies", "y", lemma, out found) || Try(word, "ied", "y", lemma, out found) || Try(word, "ses", "s", lemma, out found) ||
               Try(word, "xes", "x", lemma, out found) || Try(word, "ches", "ch", lemma, out found) ||
               Try(word, "shes", "sh", lemma, out found) || Try(word, "men", "man", lemma, out found) ||
               Try(word, "es", "e", lemma, out found) || Try(word, "s", string.Empty, lemma, out found) ||
               Try(word, "ed", "e", lemma, out found) || Try(word, "ed", string.Empty, lemma, out found) ||
               Try(word, "ing", "e", lemma, out found) || Try(word, "ing", string.Empty, lemma, out found) ||
               Try(word, "est", string.Empty, lemma, out found) || Try(word, "er", string.Empty, lemma, out found)
            ? found
            : (0, -1);
    }

    private bool Try(ReadOnlySpan<char> word, string suffix, string replacement, Span<char> lemma, out (int, int) found)
    {
        found = (0, -1);
        if (word.Length <= suffix.Length + 1 || !word.EndsWith(suffix, StringComparison.Ordinal))
        {
            return false;
        }

        var stem = word[..^suffix.Length];
        if (TryForm(stem, replacement, lemma, out found))
        {
            return true;
        }

        // "stopped", "running": a doubled final consonant before -ed and -ing.
        return replacement.Length == 0 && suffix is "ed" or "ing" && stem.Length > 2 && stem[^1] == stem[^2] &&
               TryForm(stem[..^1], [], lemma, out found);
    }

    private bool TryForm(ReadOnlySpan<char> stem, ReadOnlySpan<char> ending, Span<char> lemma, out (int, int) found)
    {
        stem.CopyTo(lemma);
        ending.CopyTo(lemma[stem.Length..]);
        var length = stem.Length + ending.Length;
        if (!TryGet(lemma[..length], out var entry))
        {
            found = (0, -1);
            return false;
        }

        // An irregular form names its lemma ("children" → "child"); the lemma is never longer than the form plus "e".
        if (entry.Lemma is { } irregular && irregular.Length <= lemma.Length)
        {
            irregular.CopyTo(lemma);
            length = irregular.Length;
        }

        found = (length, entry.Count);
        return true;
    }

    /// <summary>
    /// Runs <see cref="FindLemmaByRules"/> on every form a rule can read back to a word of the table: the word itself,
    /// the word with its rule's replacement swapped for the suffix ("city" → "cities", "indict" → "indicted"), and
    /// with a doubled final consonant before -ed and -ing ("stop" → "stopped"). Any word the rules give a base form
    /// is one of these, so the lookup of <see cref="FindLemma"/> answers exactly as the rules would.
    /// </summary>
    private Dictionary<string, (string Lemma, int Count)> AllForms()
    {
        var forms = new Dictionary<string, (string Lemma, int Count)>(_counts.Count * 8, StringComparer.Ordinal);
        var lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        var lemma = new char[MaxLemmaLength];
        void Consider(string form)
        {
            if (form.Length > MaxWordLength || forms.ContainsKey(form))
            {
                return;
            }

            var (length, count) = FindLemmaByRules(form, lemma);
            if (count >= 0)
            {
                var text = new string(lemma, 0, length);
                forms[form] = (lemmas.TryGetValue(text, out var shared) ? shared : lemmas[text] = text, count);
            }
        }

        foreach (var key in _counts.Keys)
        {
            Consider(key);
            foreach (var (suffix, replacement) in Rules)
            {
                if (key.EndsWith(replacement, StringComparison.Ordinal))
                {
                    Consider(string.Concat(key.AsSpan(0, key.Length - replacement.Length), suffix));
                }
            }

            Consider(key + key[^1] + "ed");
            Consider(key + key[^1] + "ing");
        }

        forms.TrimExcess();
        return forms;
    }

    private static TermFrequencies Load()
    {
        using var resource = typeof(TermFrequencies).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var counts = new Dictionary<string, Entry>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            // "word<TAB>count", or "form<TAB>count<TAB>lemma" for an irregular form.
            var fields = line.Split('\t');
            counts[fields[0]] = new Entry(int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), fields.Length > 2 ? fields[2] : null);
        }

        return new TermFrequencies(counts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The suffix rules of <see cref="FindLemmaByRules"/>, as (suffix, replacement).</summary>
    private static readonly (string Suffix, string Replacement)[] Rules =
    [
        ("ies", "y"), ("ied", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("es", "e"), ("s", ""),
        ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("est", ""), ("er", ""),
    ];

    /// <summary>A word's tag count and, for an irregular form, its lemma.</summary>
    private readonly record struct Entry(int Count, string? Lemma);
}
