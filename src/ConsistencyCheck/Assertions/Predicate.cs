namespace ConsistencyCheck.Assertions;

/// <summary>What is said of the counted subject: "were killed", "signed", "remain in shelters".</summary>
/// <param name="Text">The governing verb or relation as written ("signed", "were evacuated"); empty when none was found.</param>
/// <param name="Class">
/// Its normalized class ("killed", "injured", "signed", "evacuated", "remain"); synonyms share a class
/// ("died", "deaths", "dead" are all "killed"). Empty when none was found.
/// </param>
/// <param name="Kind">Cumulative count or stock.</param>
/// <param name="Negated">True when the sentence denies it ("no one was killed", "did not sign").</param>
public sealed record Predicate(string Text, string Class, PredicateKind Kind, bool Negated = false)
{
    /// <summary>No predicate was found.</summary>
    public static Predicate None { get; } = new(string.Empty, string.Empty, PredicateKind.Unknown);

    /// <summary>True when no predicate was found.</summary>
    public bool IsNone => Class.Length == 0;
}
