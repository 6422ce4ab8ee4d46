using System.Collections.Immutable;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// The first half of a run read back from assertion lines (<see cref="AssertionFiles"/>): every document once, every
/// assertion once, and how many lines repeated one already read.
/// </summary>
/// <param name="Documents">The documents, in the order first read; inputs that stood for a missing path (<see cref="DocumentSummary.IsMissingPath"/>) after them.</param>
/// <param name="Assertions">The assertions, in the order first read.</param>
/// <param name="Repeated">Lines that repeated a document or assertion already read (each was kept once).</param>
public sealed record ExtractedRun(ImmutableArray<DocumentSummary> Documents, ImmutableArray<Assertion> Assertions, long Repeated)
{
    /// <summary>
    /// The story signatures of the documents whose lines carried one, in the order first read (at most one per
    /// document); empty when none did. <c>compare</c> groups stories by them.
    /// </summary>
    public ImmutableArray<StorySignature> Signatures { get; init; } = [];

    /// <inheritdoc/>
    public bool Equals(ExtractedRun? other) =>
        other is not null && Repeated == other.Repeated && Documents.SequenceEqual(other.Documents) && Assertions.SequenceEqual(other.Assertions) &&
        Signatures.SequenceEqual(other.Signatures);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Documents.Length, Assertions.Length, Repeated);
}
