namespace ConsistencyCheck.Comparison;

/// <summary>The verdict on assertions about the same quantity. docs/semantics.md gives the rules.</summary>
public enum FindingKind
{
    /// <summary>The figures are consistent once hedges and rounding are read ("nearly 55,000" and "at least 55,000").</summary>
    Agreement,

    /// <summary>The same quantity at the same time cannot take both values (41 signatories and 130 signatories of one letter).</summary>
    Contradiction,

    /// <summary>The values differ, but the assertions refer to clearly different dates: a change, not a conflict.</summary>
    ChangedOverTime,
}
