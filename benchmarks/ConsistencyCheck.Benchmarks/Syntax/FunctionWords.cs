using System.Collections.Frozen;

namespace ConsistencyCheck.Benchmarks.Syntax;

/// <summary>The tags of the shallow chunker: WordNet's four open classes, and closed classes WordNet does not list.</summary>
internal enum Tag
{
    Noun,
    ProperNoun,
    Verb,
    Adjective,
    Adverb,
    Number,
    NumberCompound,
    Determiner,
    Preposition,
    Conjunction,
    Pronoun,
    Auxiliary,
    Subordinator,
}

/// <summary>Closed-class words of English (WordNet has only nouns, verbs, adjectives and adverbs) and number words.</summary>
internal static class FunctionWords
{
    /// <summary>Forms of "be", for copular sentences ("turnout was 60 percent").</summary>
    public static readonly FrozenSet<string> Be = FrozenSet.ToFrozenSet(["be", "is", "are", "was", "were", "been", "being", "am"], StringComparer.Ordinal);

    /// <summary>Number words, read as part of a figure.</summary>
    public static readonly FrozenSet<string> NumberWords = FrozenSet.ToFrozenSet(
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion",
        "hundreds", "thousands", "millions", "billions", "trillions", "dozen", "dozens",
    ], StringComparer.Ordinal);

    /// <summary>The closed-class words and their tags.</summary>
    public static readonly FrozenDictionary<string, Tag> Tags = Build();

    private static FrozenDictionary<string, Tag> Build()
    {
        var tags = new Dictionary<string, Tag>(StringComparer.Ordinal);
        void Add(Tag tag, params string[] words)
        {
            foreach (var word in words)
            {
                tags[word] = tag;
            }
        }

        Add(Tag.Determiner, "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
            "some", "any", "no", "each", "every", "all", "both", "several", "many", "few", "another", "such", "whose", "either", "neither");
        Add(Tag.Preposition, "of", "in", "for", "on", "at", "by", "with", "from", "to", "into", "onto", "over", "under", "about",
            "after", "before", "between", "among", "against", "during", "through", "since", "until", "per", "than", "like",
            "across", "around", "amid", "within", "without", "toward", "towards", "despite", "including", "via", "upon",
            "behind", "beyond", "below", "above", "near", "off", "out", "up", "down", "versus", "vs", "including");
        Add(Tag.Conjunction, "and", "or", "but", "nor", "yet", "so", "plus");
        Add(Tag.Pronoun, "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "who", "whom", "what",
            "himself", "herself", "itself", "themselves", "ourselves", "someone", "everyone", "anyone", "nobody", "something", "nothing");
        Add(Tag.Auxiliary, "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
            "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "'s", "’s");
        Add(Tag.Subordinator, "that", "which", "when", "where", "while", "because", "if", "although", "though", "as", "whether",
            "unless", "whereas", "once", "how", "why");
        Add(Tag.Adverb, "not", "also", "only", "just", "very", "nearly", "almost", "roughly", "approximately", "some", "more", "most",
            "less", "least", "fewer", "about", "around", "over", "under", "then", "there", "here", "now", "still", "even", "too",
            "already", "ago", "again", "never", "ever", "n't");
        // "some", "about", "around", "over", "under" are both; before a figure they are hedges, which the chunker skips.
        Add(Tag.Determiner, "some");
        Add(Tag.Preposition, "about", "around", "over", "under");
        return tags.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
