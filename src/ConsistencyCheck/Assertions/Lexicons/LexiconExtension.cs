using System.Collections.Immutable;

namespace ConsistencyCheck.Assertions.Lexicons;

/// <summary>
/// User additions to the built-in lexicon: nouns mapped to subject classes ("medic" → "medical-staff") and
/// verbs or nouns mapped to predicate classes ("perished" → "killed"). Keys are matched lower-case; nouns singular.
/// </summary>
public sealed record LexiconExtension
{
    /// <summary>No additions.</summary>
    public static LexiconExtension Empty { get; } = new();

    /// <summary>Singular noun → subject class.</summary>
    public ImmutableDictionary<string, string> SubjectClasses { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Word (any inflection) → predicate class.</summary>
    public ImmutableDictionary<string, string> PredicateClasses { get; init; } = ImmutableDictionary<string, string>.Empty;
}
