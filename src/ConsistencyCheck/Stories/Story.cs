using System.Collections.Immutable;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Stories;

/// <summary>
/// One story: documents of one collection that report the same event and its follow-ups, as found by
/// <see cref="StoryGrouper"/>. Immutable; equality compares the label and members in order.
/// </summary>
/// <param name="Id">Its id, derived from the collection and the first member.</param>
/// <param name="Collection">The collection of every member.</param>
/// <param name="Label">A few of its heaviest terms, heaviest first, for display ("comey", "fbi", "fire").</param>
/// <param name="Members">Its documents in ordinal order; at least one.</param>
public sealed record Story(StoryId Id, string Collection, ImmutableArray<string> Label, ImmutableArray<DocumentId> Members)
{
    /// <inheritdoc/>
    public bool Equals(Story? other) =>
        other is not null && Id == other.Id && Collection == other.Collection &&
        Label.SequenceEqual(other.Label) && Members.SequenceEqual(other.Members);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Collection, Members.Length);
}
