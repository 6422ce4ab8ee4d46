using ConsistencyCheck.Text;
using ConsistencyCheck.Text.Lexical;
using ConsistencyCheck.Text.Syntax;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// What the assertion readers ask of the WordNet chunker (<see cref="CountedThingReader"/>, chosen in
/// docs/decisions/0001-syntax-reader.md): the verb that governs a figure, the event a date is the date of, and whether a
/// vague word names an amount. Only sentences holding a figure are read. Immutable and thread-safe.
/// </summary>
internal sealed class SyntaxReading(WordNetLexicon lexicon)
{
    private readonly CountedThingReader _things = new(lexicon);

    /// <summary>The WordNet lexicon read.</summary>
    public WordNetLexicon Lexicon { get; } = lexicon;

    /// <summary>
    /// "Marchetti had 79,460 votes", "found roughly 900 pages": the verb that governs the figure in its clause, as its
    /// most frequent base form; null when there is none.
    /// </summary>
    public string? VerbBefore(string text, SourceSpan sentence, SourceSpan figure)
    {
        foreach (var candidate in _things.Read(text, sentence, figure))
        {
            if (candidate.Source == CountedThingSource.Verb)
            {
                return candidate.Lemma;
            }
        }

        return null;
    }

    /// <summary>The chunker's candidates for what the figure at <paramref name="figure"/> counts or dates, best first.</summary>
    public System.Collections.Immutable.ImmutableArray<CountedThing> Candidates(string text, SourceSpan sentence, SourceSpan figure) =>
        _things.Read(text, sentence, figure);

    /// <summary>True when the last word of a vague figure is mostly a noun in WordNet ("dozens", "hundreds", "a handful"), not a determiner ("several", "many", "few").</summary>
    public static bool NamesAnAmount(string figure)
    {
        var span = figure.AsSpan().TrimEnd();
        var start = span.LastIndexOf(' ') + 1;
        return WordNetLexicon.Shared.Uses(span[start..]).MostFrequent == PartOfSpeech.Noun;
    }
}
