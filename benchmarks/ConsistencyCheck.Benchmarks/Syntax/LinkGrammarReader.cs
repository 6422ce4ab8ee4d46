using ConsistencyCheck.Text;

namespace ConsistencyCheck.Benchmarks.Syntax;

/// <summary>
/// Prototype (a) of issue 15: parses the figure's sentence with the link grammar library and follows links from the
/// figure's words to the noun it counts or measures. Candidates, best first:
/// <list type="number">
/// <item>a noun the figure quantifies or modifies: D (Dmc "55,000 residents"), A ("a 60-word statement"), AN, ND;</item>
/// <item>the object of a preposition attached to the figure: "21 percent of voters", "$2 million in fees";</item>
/// <item>the noun whose of-phrase holds the figure: "a rate of 31 percent";</item>
/// <item>the subject of "be" when the figure is its complement: "turnout was 60 percent";</item>
/// <item>the object of a for/on preposition of the verb whose object the figure is: "spend $2 billion for repairs";</item>
/// <item>that verb itself: "sentenced to 12 years".</item>
/// </list>
/// </summary>
internal sealed class LinkGrammarReader : ICountedThingReader
{
    private static readonly string[] AttachedPrepositions = ["of", "in", "for", "on"];
    private static readonly string[] PurposePrepositions = ["for", "on", "to"];
    private static readonly HashSet<string> Be = new(["be", "is", "are", "was", "were", "been", "being", "'s", "’s", "remains", "remained", "stood", "stands"], StringComparer.Ordinal);

    private readonly LinkGrammarParser _parser;
    private readonly bool _allowNulls;

    /// <summary>A reader on <paramref name="parser"/>; with <paramref name="allowNulls"/> false, a sentence without a complete linkage is not read.</summary>
    public LinkGrammarReader(LinkGrammarParser parser, bool allowNulls)
    {
        _parser = parser;
        _allowNulls = allowNulls;
    }

    public string Name => _allowNulls ? "link grammar" : "link grammar, complete linkages only";

    /// <summary>Sentences parsed.</summary>
    public int Sentences { get; private set; }

    /// <summary>Sentences with a complete linkage (every word linked) within the time limit.</summary>
    public int Complete { get; private set; }

    /// <summary>Sentences whose parse hit the time limit.</summary>
    public int TimedOut { get; private set; }

    /// <summary>Sentences with no linkage at all.</summary>
    public int Failed { get; private set; }

    public IReadOnlyList<IReadOnlyList<string>> Read(string text, SourceSpan sentence, IReadOnlyList<SourceSpan> figures)
    {
        var linkage = _parser.Parse(text.Substring(sentence.Start, sentence.Length), _allowNulls);
        Sentences++;
        Complete += linkage.IsComplete ? 1 : 0;
        TimedOut += linkage.TimedOut ? 1 : 0;
        Failed += linkage.IsEmpty ? 1 : 0;
        return [.. figures.Select(f => linkage.IsEmpty ? [] : Heads(linkage, f.Start - sentence.Start, f.End - sentence.Start))];
    }

    private static List<string> Heads(Linkage linkage, int start, int end)
    {
        var words = linkage.Words;
        var figure = new HashSet<int>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!words[i].IsWall && words[i].Start < end && start < words[i].End)
            {
                figure.Add(i);
            }
        }

        var found = new List<string>();
        if (figure.Count == 0)
        {
            return found;
        }

        // 1. The noun the figure quantifies or modifies.
        foreach (var link in linkage.Links)
        {
            if (figure.Contains(link.Left) && !figure.Contains(link.Right) && IsQuantifying(link.Label))
            {
                Add(found, linkage, Head(linkage, link.Right));
            }
        }

        // 2. The object of a preposition attached to the figure, "of" first.
        foreach (var preposition in AttachedPrepositions)
        {
            foreach (var link in linkage.Links)
            {
                if (figure.Contains(link.Left) && !figure.Contains(link.Right) && (link.Label.StartsWith('M') || link.Label.StartsWith("OF", StringComparison.Ordinal))
                    && words[link.Right].Surface == preposition)
                {
                    foreach (var noun in ObjectsOf(linkage, link.Right))
                    {
                        Add(found, linkage, Head(linkage, noun));
                    }
                }
            }
        }

        // 2b. "spent $2 million in legal fees": the preposition right after the figure hangs on the verb.
        var verbs = GoverningVerbs(linkage, figure).ToList();
        var next = figure.Max() + 1;
        foreach (var verb in verbs)
        {
            foreach (var link in linkage.Links)
            {
                if (link.Left == verb && link.Right == next && link.Label.StartsWith("MV", StringComparison.Ordinal) && AttachedPrepositions.Contains(words[next].Surface))
                {
                    foreach (var noun in ObjectsOf(linkage, next))
                    {
                        Add(found, linkage, Head(linkage, noun));
                    }
                }
            }
        }

        foreach (var link in linkage.Links)
        {
            if (!figure.Contains(link.Right) || figure.Contains(link.Left))
            {
                continue;
            }

            var governor = link.Left;
            // 3. "a rate of 31 percent": the noun whose of-phrase holds the figure.
            if (link.Label.StartsWith('J') && words[governor].Surface == "of")
            {
                foreach (var host in linkage.Links)
                {
                    if (host.Right == governor && host.Label.StartsWith('M'))
                    {
                        Add(found, linkage, host.Left);
                    }
                }
            }

            // 4. "turnout was 60 percent": the subject of "be".
            if ((link.Label.StartsWith('O') || link.Label.StartsWith("Pa", StringComparison.Ordinal)) && Be.Contains(words[governor].Surface))
            {
                foreach (var subject in linkage.Links)
                {
                    if (subject.Right == governor && subject.Label.StartsWith('S'))
                    {
                        Add(found, linkage, Head(linkage, subject.Left));
                    }
                }
            }
        }

        // 5 and 6. The verb whose object the figure is (directly or through a preposition), its purpose, then itself.
        foreach (var verb in verbs)
        {
            foreach (var link in linkage.Links)
            {
                if (link.Left == verb && link.Label.StartsWith("MV", StringComparison.Ordinal) && PurposePrepositions.Contains(words[link.Right].Surface) && !figure.Contains(link.Right))
                {
                    foreach (var noun in ObjectsOf(linkage, link.Right).Where(n => !figure.Contains(n)))
                    {
                        Add(found, linkage, Head(linkage, noun));
                    }
                }
            }
        }

        foreach (var verb in verbs)
        {
            Add(found, linkage, verb);
        }

        return found;
    }

    /// <summary>D (not DD, DT…), A and AN (not AA, AF…), ND: links from a quantifier or modifier to its noun.</summary>
    private static bool IsQuantifying(string label) =>
        IsDeterminer(label)
        || (label[0] == 'A' && (label.Length == 1 || !char.IsAsciiLetterUpper(label[1])))
        || label.StartsWith("AN", StringComparison.Ordinal)
        || label.StartsWith("ND", StringComparison.Ordinal);

    private static bool IsDeterminer(string label) => label[0] == 'D' && (label.Length == 1 || !char.IsAsciiLetterUpper(label[1]));

    private static IEnumerable<int> ObjectsOf(Linkage linkage, int preposition) =>
        linkage.Links.Where(l => l.Left == preposition && l.Label.StartsWith('J')).Select(l => l.Right);

    /// <summary>Verbs with the figure as object (O) or as object of a preposition attached to them (MV + J).</summary>
    private static IEnumerable<int> GoverningVerbs(Linkage linkage, HashSet<int> figure)
    {
        foreach (var link in linkage.Links)
        {
            if (figure.Contains(link.Right) && !figure.Contains(link.Left) && link.Label.StartsWith('O'))
            {
                yield return link.Left;
            }

            if (figure.Contains(link.Right) && !figure.Contains(link.Left) && link.Label.StartsWith('J'))
            {
                foreach (var mv in linkage.Links)
                {
                    if (mv.Right == link.Left && mv.Label.StartsWith("MV", StringComparison.Ordinal))
                    {
                        yield return mv.Left;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The head of the noun phrase a word belongs to: follows AN and G to the right ("road repairs", "New York"), D from
    /// a quantifier word ("30,000 more troops": ND to "more", Dmcm to "troops") and a coordination to its first conjunct
    /// ("dozens of groups and individuals": "and" → "groups").
    /// </summary>
    private static int Head(Linkage linkage, int word)
    {
        for (var steps = 0; steps < 8; steps++)
        {
            var next = -1;
            foreach (var link in linkage.Links)
            {
                if (link.Left == word && (link.Label.StartsWith("AN", StringComparison.Ordinal) || link.Label.StartsWith('G') || IsDeterminer(link.Label)))
                {
                    next = link.Right;
                }
                else if (link.Right == word && link.Label.StartsWith("SJl", StringComparison.Ordinal))
                {
                    next = link.Left;
                }
            }

            if (next < 0)
            {
                return word;
            }

            word = next;
        }

        return word;
    }

    private static void Add(List<string> found, Linkage linkage, int word)
    {
        var w = linkage.Words[word];
        if (!w.IsWall && w.Surface.Length > 0 && !found.Contains(w.Surface))
        {
            found.Add(w.Surface);
        }
    }
}
