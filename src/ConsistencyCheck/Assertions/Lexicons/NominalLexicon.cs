using System.Collections.Frozen;

namespace ConsistencyCheck.Assertions.Lexicons;

/// <summary>
/// Nouns that name a group by what happened to it: "14 deaths", "the death toll", "2,300 signatories", "40 evacuees".
/// Each maps to the predicate it stands for; the counted group itself is left open (<see cref="SubjectLexicon.Any"/>).
/// </summary>
internal static class NominalLexicon
{
    // Events are the counted thing itself ("18,240 signatures", "14 deaths") and name the predicate even when another
    // verb stands near ("gathered 18,240 signatures"); agents are people named by what they did ("12 protesters"),
    // and yield to a verb ("Police arrested 12 protesters").
    private static readonly (string Class, string Events, string Agents)[] Entries =
    [
        ("killed", "deaths death toll fatalities fatality bodies", "dead"),
        ("injured", "injuries", "injured wounded"),
        ("signed", "signatures signature", "signatories signatory"),
        ("evacuated", "evacuations", "evacuees"),
        ("arrested", "arrests detentions", ""),
        ("held", "", "hostages hostage captives abductees"),
        ("strike", "", "strikers"),
        ("protested", "", "protesters protestors demonstrators marchers"),
        ("missing", "", "missing"),
        ("rescued", "rescues", "survivors"),
        ("infected", "cases infections", ""),
    ];

    /// <summary>Noun as written (lower-case) → predicate class; events and agents alike.</summary>
    public static FrozenDictionary<string, string> Nouns { get; } = Entries
        .SelectMany(e => $"{e.Events} {e.Agents}".Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => (Noun: n, e.Class)))
        .ToFrozenDictionary(x => x.Noun, x => x.Class, StringComparer.Ordinal);

    /// <summary>Event nouns: the counted thing itself ("signatures", "deaths").</summary>
    public static FrozenSet<string> Events { get; } = Entries
        .SelectMany(e => e.Events.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Participles that describe rather than name ("injured passengers", "missing people").</summary>
    public static bool IsDescriptive(string lower) => lower is "injured" or "wounded" or "missing" or "dead";

    /// <summary>Pronoun-like nouns that stand for a group named elsewhere ("seven others are missing").</summary>
    public static bool IsStandIn(string lower) => lower is "others";
}
