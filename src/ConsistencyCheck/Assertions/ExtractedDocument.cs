using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Text;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// What the first half of the pipeline keeps of one document: its text-free summary (identity, metadata,
/// diagnostics) and its compact assertions. The document's text is not held.
/// </summary>
/// <param name="Document">The summary the report lists; an unreadable document keeps its error diagnostic here.</param>
/// <param name="Assertions">Its assertions in text order; empty for an unreadable document.</param>
public sealed record ExtractedDocument(DocumentSummary Document, ImmutableArray<Assertion> Assertions)
{
    /// <summary>
    /// What the document reports, for grouping it into a story at the compare barrier
    /// (<see cref="StorySignature.FromDocument"/>); null when stories are not found automatically
    /// (<see cref="Stories.StoryMode"/>) or the document could not be read. Written on its document line by <c>extract</c>.
    /// </summary>
    public StorySignature? Signature { get; init; }

    /// <inheritdoc/>
    public bool Equals(ExtractedDocument? other) =>
        other is not null && Document.Equals(other.Document) && Equals(Signature, other.Signature) &&
        Arrays.OrEmpty(Assertions).SequenceEqual(Arrays.OrEmpty(other.Assertions));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Document, Assertions.IsDefault ? 0 : Assertions.Length);
}
