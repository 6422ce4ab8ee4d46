namespace ConsistencyCheck.Benchmarks.Corpus;

/// <summary>One synthetic article as the corpus file holds it.</summary>
/// <param name="Id">Unique id, <c>{collection}/{outlet}</c> (a follow-up ends in <c>-2</c>).</param>
/// <param name="Collection">Its story (each story is its own collection).</param>
/// <param name="Publisher">The outlet.</param>
/// <param name="Published">Publication time.</param>
/// <param name="Title">Headline.</param>
/// <param name="Text">Body text.</param>
public sealed record GeneratedDocument(string Id, string Collection, string Publisher, DateTimeOffset Published, string Title, string Text);
