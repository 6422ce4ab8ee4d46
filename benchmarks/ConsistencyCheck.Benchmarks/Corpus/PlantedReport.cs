namespace ConsistencyCheck.Benchmarks.Corpus;

/// <summary>A document reporting a fact: the ground truth the verifier derives expected verdicts from.</summary>
/// <param name="Collection">The story.</param>
/// <param name="Fact">The fact's key within the story (<c>evacuated</c>, <c>trap:injured-firefighters</c>).</param>
/// <param name="DocumentId">The reporting document.</param>
/// <param name="AsOf">The day the figure refers to.</param>
/// <param name="Value">The planted value; reports of one fact agree exactly when their values are equal.</param>
/// <param name="Phrase">The figure as written.</param>
public sealed record PlantedReport(string Collection, string Fact, string DocumentId, DateOnly AsOf, decimal Value, string Phrase);
