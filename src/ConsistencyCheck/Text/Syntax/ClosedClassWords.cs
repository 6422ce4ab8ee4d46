using System.Collections.Frozen;

namespace ConsistencyCheck.Text.Syntax;

/// <summary>
/// The closed-class words of English, which WordNet (nouns, verbs, adjectives and adverbs only) does not list, and the
/// number words. Lower case; immutable.
/// </summary>
internal static class ClosedClassWords
{
    /// <summary>Forms of "be", for copular sentences ("turnout was 60 percent").</summary>
    public static readonly FrozenSet<string> Be = FrozenSet.ToFrozenSet(["be", "is", "are", "was", "were", "been", "being", "am"], StringComparer.Ordinal);

    /// <summary>Number words, read as numbers ("forty", "million", "dozens").</summary>
    public static readonly FrozenSet<string> Numbers = FrozenSet.ToFrozenSet(
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion",
        "hundreds", "thousands", "millions", "billions", "trillions", "dozen", "dozens",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Words that open a noun phrase right after a figure without being its head: "30,000 more troops", "two other
    /// lawmakers".
    /// </summary>
    public static readonly FrozenSet<string> AfterFigure = FrozenSet.ToFrozenSet(["more", "other", "fewer", "additional", "extra"], StringComparer.Ordinal);

    /// <summary>
    /// Words that stand between a figure and what it hangs on to the left: hedges ("about", "nearly", "more than",
    /// "at least", "up to") belong to the figure, not to what governs it; an adverb is skipped too.
    /// </summary>
    public static readonly FrozenSet<string> Hedges = FrozenSet.ToFrozenSet(
        ["about", "around", "over", "under", "some", "than", "least", "most", "up", "to", "nearly", "almost", "roughly", "approximately", "more", "less", "fewer", "only", "just"],
        StringComparer.Ordinal);

    /// <summary>The closed-class words and their classes.</summary>
    public static readonly FrozenDictionary<string, WordClass> Classes = Build();

    private static FrozenDictionary<string, WordClass> Build()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        void Add(WordClass wordClass, params string[] words)
        {
            foreach (var word in words)
            {
                classes[word] = wordClass;
            }
        }

        // Later lines win: "about", "over" and "under" are prepositions, "some" a determiner, though each is also an adverb.
        Add(WordClass.Adverb, "not", "also", "only", "just", "very", "nearly", "almost", "roughly", "approximately", "more",
            "most", "less", "least", "fewer", "then", "there", "here", "now", "still", "even", "too", "already", "ago", "again",
            "never", "ever", "n't");
        Add(WordClass.Determiner, "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
            "some", "any", "no", "each", "every", "all", "both", "several", "many", "few", "another", "such", "whose", "either",
            "neither");
        Add(WordClass.Preposition, "of", "in", "for", "on", "at", "by", "with", "from", "to", "into", "onto", "over", "under",
            "about", "after", "before", "between", "among", "against", "during", "through", "since", "until", "per", "than",
            "like", "across", "around", "amid", "within", "without", "toward", "towards", "despite", "including", "via", "upon",
            "behind", "beyond", "below", "above", "near", "off", "out", "up", "down", "versus", "vs");
        Add(WordClass.Conjunction, "and", "or", "but", "nor", "yet", "so", "plus");
        Add(WordClass.Pronoun, "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "who", "whom", "what",
            "himself", "herself", "itself", "themselves", "ourselves", "someone", "everyone", "anyone", "nobody", "something",
            "nothing");
        Add(WordClass.Auxiliary, "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do",
            "does", "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should");
        Add(WordClass.Subordinator, "that", "which", "when", "where", "while", "because", "if", "although", "though", "as",
            "whether", "unless", "whereas", "once", "how", "why");
        return classes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
