using System.Collections.Frozen;

namespace ConsistencyCheck.Assertions.Lexicons;

/// <summary>
/// Nouns that name a group by what happened to it: "14 deaths", "the death toll", "2,300 signatories", "40 evacuees".
/// Each maps to the predicate it stands for; the counted group itself is left open (<see cref="SubjectLexicon.Any"/>).
/// </summary>
internal static class NominalLexicon
{
    private static readonly (string Class, string Nouns)[] Entries =
    [
        ("killed", "deaths death dead toll fatalities fatality bodies"),
        ("injured", "injuries injured wounded"),
        ("signed", "signatories signatory signatures"),
        ("evacuated", "evacuees evacuations"),
        ("arrested", "arrests detentions"),
        ("held", "hostages hostage captives abductees"),
        ("strike", "strikers"),
        ("protested", "protesters protestors demonstrators marchers"),
        ("missing", "missing"),
        ("rescued", "survivors rescues"),
    ];

    /// <summary>Noun as written (lower-case) → predicate class.</summary>
    public static FrozenDictionary<string, string> Nouns { get; } = Entries
        .SelectMany(e => e.Nouns.Split(' ').Select(n => (Noun: n, e.Class)))
        .ToFrozenDictionary(x => x.Noun, x => x.Class, StringComparer.Ordinal);

    /// <summary>Pronoun-like nouns that stand for a group named elsewhere ("seven others are missing").</summary>
    public static bool IsStandIn(string lower) => lower is "others";
}
