namespace ConsistencyCheck.Assertions;

/// <summary>Whether a predicate counts what has happened so far or what stands at a moment.</summary>
public enum PredicateKind
{
    /// <summary>Not known from the wording.</summary>
    Unknown,

    /// <summary>A running total that can only grow: killed, signed, arrested, evacuated so far.</summary>
    Cumulative,

    /// <summary>A level that can rise or fall: remain, held, in shelters, alive, missing.</summary>
    Stock,
}
