using ConsistencyCheck.Text;
using ConsistencyCheck.Text.Lexical;
using ConsistencyCheck.Text.Syntax;

namespace ConsistencyCheck.Benchmarks.Syntax;

/// <summary>The chunker as built in the library (<see cref="CountedThingReader"/>), measured beside its prototype.</summary>
internal sealed class BuiltChunkReader(WordNetLexicon lexicon) : ICountedThingReader
{
    private readonly CountedThingReader _reader = new(lexicon);

    public string Name => "WordNet chunker, built (src/Text/Syntax)";

    public IReadOnlyList<IReadOnlyList<string>> Read(string text, SourceSpan sentence, IReadOnlyList<SourceSpan> figures)
    {
        var read = _reader.Read(text, sentence, figures.ToArray());
        return [.. read.Select(candidates => (IReadOnlyList<string>)[.. candidates.Select(c => text.Substring(c.Head.Start, c.Head.Length).ToLowerInvariant())])];
    }
}
