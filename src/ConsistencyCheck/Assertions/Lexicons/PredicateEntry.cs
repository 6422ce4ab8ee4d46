namespace ConsistencyCheck.Assertions.Lexicons;

/// <summary>A predicate class and whether it counts a running total or a level.</summary>
/// <param name="Class">The normalized class ("killed", "signed", "remain").</param>
/// <param name="Kind">Cumulative count or stock.</param>
public readonly record struct PredicateEntry(string Class, PredicateKind Kind);
