namespace ConsistencyCheck.Comparison;

/// <summary>Which way a figure went from the first figure of a change to the second, by the stated values (else the lower, else the upper bounds).</summary>
public enum ChangeDirection
{
    /// <summary>The second figure is higher.</summary>
    Rose,

    /// <summary>The second figure is lower.</summary>
    Fell,

    /// <summary>The values compared are equal, though the intervals differ ("40" and "more than 40").</summary>
    Unclear,
}
