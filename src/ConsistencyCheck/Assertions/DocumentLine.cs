using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;

namespace ConsistencyCheck.Assertions;

/// <summary>A <c>{"document":{…}}</c> line: a document that was read (or could not be), without its text.</summary>
/// <param name="LineNumber">Its line number (1-based).</param>
/// <param name="Document">The document as the report lists it.</param>
public sealed record DocumentLine(long LineNumber, DocumentSummary Document) : AssertionLine(LineNumber)
{
    /// <summary>The document's story signature (the line's <c>signature</c>), or null when the line has none.</summary>
    public StorySignature? Signature { get; init; }
}
