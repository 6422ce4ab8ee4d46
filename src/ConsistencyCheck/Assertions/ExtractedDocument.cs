using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Text;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// What the first half of the pipeline keeps of one document: its text-free summary (identity, metadata,
/// diagnostics) and its compact assertions. The document's text is not held.
/// </summary>
/// <param name="Document">The summary the report lists; an unreadable document keeps its error diagnostic here.</param>
/// <param name="Assertions">Its assertions in text order; empty for an unreadable document.</param>
public sealed record ExtractedDocument(DocumentSummary Document, ImmutableArray<Assertion> Assertions)
{
    /// <inheritdoc/>
    public bool Equals(ExtractedDocument? other) =>
        other is not null && Document.Equals(other.Document) && Arrays.OrEmpty(Assertions).SequenceEqual(Arrays.OrEmpty(other.Assertions));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Document, Assertions.IsDefault ? 0 : Assertions.Length);
}
