namespace ConsistencyCheck.Comparison;

/// <summary>One document states a figure twice, consistently (a headline repeating the body, or two sentences).</summary>
/// <param name="First">Where the first statement stands.</param>
/// <param name="Second">Where the second statement stands.</param>
public sealed record RepeatWithinDocumentReason(FigurePlacement First, FigurePlacement Second) : FindingReason;
