using System.Security.Cryptography;
using System.Text;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Stories;

/// <summary>
/// Identifies a story: <c>story-</c> and 16 hex digits of the SHA-256 of its collection and its first member (the
/// ordinally smallest document id). Derived from content, so the same documents give the same id in any order, on any
/// number of threads or machines. Ordinal comparison.
/// </summary>
/// <param name="Value">The identifier text; never null.</param>
public readonly record struct StoryId(string Value) : IComparable<StoryId>
{
    /// <summary>The id of the story of <paramref name="collection"/> whose smallest member is <paramref name="firstMember"/>.</summary>
    public static StoryId Of(string collection, DocumentId firstMember)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(firstMember.Value, nameof(firstMember));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(collection + "\n" + firstMember.Value));
        return new StoryId("story-" + Convert.ToHexString(hash, 0, 8).ToLowerInvariant());
    }

    /// <inheritdoc/>
    public int CompareTo(StoryId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Ordinal order.</summary>
    public static bool operator <(StoryId left, StoryId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator <=(StoryId left, StoryId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >(StoryId left, StoryId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >=(StoryId left, StoryId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
