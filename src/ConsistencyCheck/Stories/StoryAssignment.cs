using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Stories;

/// <summary>The story a document belongs to.</summary>
/// <param name="Document">The document.</param>
/// <param name="Story">Its story.</param>
public readonly record struct StoryAssignment(DocumentId Document, StoryId Story);
