using System.Collections.Immutable;

namespace ConsistencyCheck.Assertions.Lexicons;

/// <summary>
/// User additions to the built-in lexicon: nouns mapped to subject classes ("medic" → "medical-staff") and
/// verbs or nouns mapped to predicate classes ("perished" → "killed"). Keys are matched lower-case; nouns singular.
/// Validated when a pipeline is built (<see cref="Validate"/>): every key is one word, every class a non-empty name
/// without white space or <c>|</c> (the separator of clustering keys), and neither dictionary is null.
/// </summary>
public sealed record LexiconExtension
{
    /// <summary>No additions.</summary>
    public static LexiconExtension Empty { get; } = new();

    /// <summary>Singular noun → subject class.</summary>
    public ImmutableDictionary<string, string> SubjectClasses { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Word (any inflection) → predicate class.</summary>
    public ImmutableDictionary<string, string> PredicateClasses { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// Throws <see cref="ArgumentException"/> naming the first invalid entry: a null dictionary, a key that is empty or holds
    /// white space, or a class that is null, empty, holds white space or <c>|</c>.
    /// </summary>
    public void Validate()
    {
        Check(SubjectClasses, nameof(SubjectClasses), "subject");
        Check(PredicateClasses, nameof(PredicateClasses), "predicate");
    }

    private static void Check(ImmutableDictionary<string, string>? entries, string name, string kind)
    {
        if (entries is null)
        {
            throw new ArgumentException($"{nameof(LexiconExtension)}.{name} is null; use an empty dictionary for no entries.", name);
        }

        foreach (var (word, cls) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var entry = $"{nameof(LexiconExtension)}.{name}['{word}']";
            if (string.IsNullOrWhiteSpace(word) || word.Any(char.IsWhiteSpace))
            {
                throw new ArgumentException($"{entry}: the key must be one word (no white space); it is '{word}'.", name);
            }

            if (cls is null)
            {
                throw new ArgumentException($"{entry}: the {kind} class is null; it must be a non-empty name.", name);
            }

            if (cls.Length == 0 || cls.Any(char.IsWhiteSpace) || cls.Contains('|', StringComparison.Ordinal))
            {
                throw new ArgumentException($"{entry}: the {kind} class '{cls}' must be a non-empty name without white space or '|'.", name);
            }
        }
    }
}
