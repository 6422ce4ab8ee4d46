namespace ConsistencyCheck.Benchmarks.Corpus;

/// <summary>One story: several outlets' articles and what each of them reports.</summary>
/// <param name="Collection">Its collection.</param>
/// <param name="Documents">The articles.</param>
/// <param name="Reports">Every planted figure: which document reports which fact, when, with what value.</param>
public sealed record GeneratedStory(string Collection, IReadOnlyList<GeneratedDocument> Documents, IReadOnlyList<PlantedReport> Reports);
