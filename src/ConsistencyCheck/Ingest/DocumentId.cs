namespace ConsistencyCheck.Ingest;

/// <summary>
/// Identifies a document within a run: a JSONL line's <c>id</c>, or a file's path relative to the
/// argument it was found under (forward slashes). Ordinal comparison.
/// </summary>
/// <param name="Value">The identifier text; never null.</param>
public readonly record struct DocumentId(string Value) : IComparable<DocumentId>
{
    /// <inheritdoc/>
    public int CompareTo(DocumentId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Ordinal order.</summary>
    public static bool operator <(DocumentId left, DocumentId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator <=(DocumentId left, DocumentId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >(DocumentId left, DocumentId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >=(DocumentId left, DocumentId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
