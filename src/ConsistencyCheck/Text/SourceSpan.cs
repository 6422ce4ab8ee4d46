namespace ConsistencyCheck.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's text as ingested.
/// Every mention, assertion and finding points back to its evidence through one of these.
/// </summary>
/// <param name="Start">Offset of the first character, zero-based.</param>
/// <param name="Length">Number of characters; zero for an empty span.</param>
public readonly record struct SourceSpan(int Start, int Length)
{
    /// <summary>Offset just past the last character (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no characters.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start (inclusive) and end (exclusive) offsets.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or <paramref name="start"/> is negative.</exception>
    public static SourceSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new SourceSpan(start, end - start);
    }

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(SourceSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when <paramref name="offset"/> lies inside this span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(SourceSpan other) => other.Start < End && Start < other.End;

    /// <summary>The characters of <paramref name="text"/> that this span covers.</summary>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>The characters of <paramref name="text"/> that this span covers, as a new string.</summary>
    public string ToString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
