namespace ConsistencyCheck.Comparison;

/// <summary>One document gives two figures for the quantity at different dates ("41 on Monday, 212 by Friday").</summary>
/// <param name="Change">The change between its first and its later figure.</param>
public sealed record ChangeWithinDocumentReason(ChangeReason Change) : FindingReason;
