using System.Collections.Frozen;
using Humanizer;

namespace ConsistencyCheck.Assertions.Lexicons;

/// <summary>The built-in subject and predicate lexicons merged with a user's <see cref="LexiconExtension"/>. Immutable.</summary>
internal sealed class AssertionLexicon
{
    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "the", "a", "an", "of", "in", "at", "on", "by", "for", "from", "to", "with", "and", "or", "but", "nor", "as", "than",
        "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "having", "will", "would", "could", "should",
        "can", "may", "might", "must", "shall", "do", "does", "did", "who", "whom", "whose", "which", "that", "this", "these",
        "those", "there", "their", "they", "them", "it", "its", "he", "she", "his", "her", "we", "our", "you", "your", "i",
        "said", "say", "says", "including", "included", "per", "each", "every", "into", "onto", "over", "under", "after",
        "before", "since", "during", "until", "while", "when", "where", "if", "so", "not", "no", "also", "already", "now",
        "then", "just", "only", "about", "around", "up", "down", "out", "off", "more", "less", "fewer", "most", "least",
        "all", "some", "many", "much", "such", "other", "others", "across", "near", "inside", "outside", "between", "among",
        "against", "toward", "towards", "via", "because", "though", "although", "yet", "here", "according", "what", "how",
        "why", "aside", "times", "time", "percent", "cent", "year", "years", "day", "days", "week", "weeks", "month", "months",
        "overnight", "today", "yesterday", "tonight", "tomorrow", "ago", "alone",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would", "could", "should", "may",
        "might", "must", "can", "reportedly", "also", "now", "all", "both", "allegedly", "so", "far", "thought", "to",
        "believed", "feared", "said", "confirmed", "already", "later", "then", "since", "eventually", "officially", "who",
        "which", "that", "they", "of", "them", "not", "never", "do", "does", "did", "got", "get", "being", "still", "went",
        "go", "gone", "going", "on", "out", "been", "now", "currently", "reported", "officially",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, PredicateEntry> _predicates;
    private readonly FrozenDictionary<string, string> _subjects;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _singulars = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">An entry of <paramref name="extension"/> is invalid (see <see cref="LexiconExtension.Validate"/>).</exception>
    public AssertionLexicon(LexiconExtension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        extension.Validate();
        var predicates = new Dictionary<string, PredicateEntry>(PredicateLexicon.Forms, StringComparer.Ordinal);
        foreach (var (word, cls) in extension.PredicateClasses)
        {
            predicates[word.ToLowerInvariant()] = new PredicateEntry(cls, predicates.TryGetValue(cls, out var e) ? e.Kind : PredicateKind.Unknown);
        }

        var subjects = new Dictionary<string, string>(SubjectLexicon.Classes, StringComparer.Ordinal);
        foreach (var (noun, cls) in extension.SubjectClasses)
        {
            subjects[noun.ToLowerInvariant()] = cls;
        }

        _predicates = predicates.ToFrozenDictionary(StringComparer.Ordinal);
        _subjects = subjects.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>True for determiners, prepositions, auxiliaries, pronouns and similar words that end a noun phrase.</summary>
    public static bool IsFunctionWord(string lower) => FunctionWords.Contains(lower);

    /// <summary>True for words that may stand between a subject and its verb ("were", "reportedly", "had").</summary>
    public static bool IsAuxiliary(string lower) => Auxiliaries.Contains(lower);

    /// <summary>The predicate entry of a word form, if the lexicon knows it.</summary>
    public bool TryGetPredicate(string lower, out PredicateEntry entry) => _predicates.TryGetValue(lower, out entry);

    /// <summary>The singular, lower-case form of a noun.</summary>
    /// <remarks>
    /// Humanizer's rules are regular expressions tried in turn, so results are remembered per lexicon instance, up
    /// to <see cref="MaxRemembered"/> words (news vocabulary repeats; beyond that words are simply recomputed).
    /// </remarks>
    public string Singular(string lower)
    {
        // "ss" and "us" end singulars Humanizer would clip: "business", "bonus", "census", "virus", "status".
        if (lower.Length <= 3 || lower.EndsWith("ss", StringComparison.Ordinal) || lower.EndsWith("us", StringComparison.Ordinal))
        {
            return lower;
        }

        if (_singulars.TryGetValue(lower, out var known))
        {
            return known;
        }

        var singular = lower.Singularize(inputIsKnownToBePlural: false);
        if (_singulars.Count < MaxRemembered)
        {
            _singulars.TryAdd(lower, singular);
        }

        return singular;
    }

    /// <summary>How many singular forms one lexicon remembers.</summary>
    public const int MaxRemembered = 50_000;

    /// <summary>The class of a singular noun: the lexicon's, else the noun itself.</summary>
    public string SubjectClass(string singular) => _subjects.TryGetValue(singular, out var cls) ? cls : singular;

    /// <summary>True when the lexicon knows the singular noun.</summary>
    public bool IsKnownSubject(string singular) => _subjects.ContainsKey(singular);

    /// <summary>The broader class of <paramref name="cls"/> ("doctor" → "people"), or the class itself at the top.</summary>
    public static string Kind(string cls) => SubjectLexicon.Parents.TryGetValue(cls, out var parent) ? parent : cls;
}
