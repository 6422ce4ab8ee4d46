namespace ConsistencyCheck.Comparison;

/// <summary>One document gives two figures for the same quantity at the same time that share no value.</summary>
/// <param name="First">Where the first figure stands.</param>
/// <param name="Second">Where the second figure stands.</param>
public sealed record SelfContradictionReason(FigurePlacement First, FigurePlacement Second) : FindingReason;
