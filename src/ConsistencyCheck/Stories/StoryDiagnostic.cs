using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Stories;

/// <summary>Why a document was put in a story of its own without being compared (too few content words).</summary>
/// <param name="Document">The document.</param>
/// <param name="Diagnostic">The message, naming the document and the reason; a warning.</param>
public sealed record StoryDiagnostic(DocumentId Document, Diagnostic Diagnostic);
