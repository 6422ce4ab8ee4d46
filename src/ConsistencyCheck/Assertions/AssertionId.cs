namespace ConsistencyCheck.Assertions;

/// <summary>
/// Stable identifier of an assertion: the document id and the offset of its figure, <c>courier.txt@412</c>.
/// The same input always yields the same ids, whatever the order of documents or the number of threads.
/// </summary>
/// <param name="Value">The identifier text.</param>
public readonly record struct AssertionId(string Value) : IComparable<AssertionId>
{
    /// <inheritdoc/>
    public int CompareTo(AssertionId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Ordinal order.</summary>
    public static bool operator <(AssertionId left, AssertionId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator <=(AssertionId left, AssertionId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >(AssertionId left, AssertionId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >=(AssertionId left, AssertionId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
