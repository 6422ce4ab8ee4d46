using ConsistencyCheck.Text;

namespace ConsistencyCheck.Benchmarks.Syntax;

/// <summary>A prototype reader of the counted thing: for each figure of one sentence, candidate head words, best first.</summary>
internal interface ICountedThingReader
{
    /// <summary>The name in the table.</summary>
    string Name { get; }

    /// <summary>
    /// Reads the sentence <paramref name="sentence"/> of <paramref name="text"/> once and returns, for each of
    /// <paramref name="figures"/> (spans in the same text, inside the sentence), its candidate heads as written
    /// (lower-case, not yet lemmatized), best first; an empty list when it finds none.
    /// </summary>
    IReadOnlyList<IReadOnlyList<string>> Read(string text, SourceSpan sentence, IReadOnlyList<SourceSpan> figures);
}
