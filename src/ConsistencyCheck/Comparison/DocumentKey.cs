using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Comparison;

/// <summary>A document of a run: ids are unique within a collection.</summary>
/// <param name="Collection">Its collection.</param>
/// <param name="Id">Its id.</param>
public readonly record struct DocumentKey(string Collection, DocumentId Id);
