namespace ConsistencyCheck.Text.Lexical;

/// <summary>The three tables of the WordNet lexicon, read together from the embedded resource. Immutable and thread-safe.</summary>
/// <param name="Lemmas">Lemmas and their senses.</param>
/// <param name="Synsets">Synsets, their members and hypernyms.</param>
/// <param name="Exceptions">The morphological exception lists.</param>
internal sealed record WordNetTables(LemmaTable Lemmas, SynsetTable Synsets, ExceptionTable Exceptions);
