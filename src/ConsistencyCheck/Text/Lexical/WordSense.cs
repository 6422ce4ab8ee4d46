namespace ConsistencyCheck.Text.Lexical;

/// <summary>One sense of a lemma in WordNet 3.0: the synset it names, its rank among the lemma's senses and how often it was tagged.</summary>
/// <param name="Synset">The synset the lemma names in this sense.</param>
/// <param name="Number">The sense number, from 1, in WordNet's order for the lemma and part of speech (most frequent first).</param>
/// <param name="TagCount">
/// How many times this sense was tagged in WordNet's semantic concordances (cntlist.rev); 0 for the many senses
/// never tagged. The sum over a lemma's senses is <see cref="WordNetLexicon.Frequency(ReadOnlySpan{char})"/>.
/// </param>
public readonly record struct WordSense(WordNetSynset Synset, int Number, int TagCount);
