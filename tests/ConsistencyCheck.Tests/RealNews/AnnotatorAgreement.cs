namespace ConsistencyCheck.Tests.RealNews;

/// <summary>
/// How far two independent annotations of the same stories agree (docs/evaluation.md, section 6):
/// <list type="bullet">
/// <item>the F1 of their figure sets, figures matched by overlapping spans;</item>
/// <item>Cohen's κ of the pair relation (agree, contradict, changed, trap, none) over every pair of figures from two
/// outlets that both annotators marked (first mentions), "none" where an annotator wrote no pair;</item>
/// <item>the F1 of the pairs each wrote as the same thing (agree, contradict or changed), whatever the relation.</item>
/// </list>
/// </summary>
public sealed class AnnotatorAgreement
{
    private readonly List<(string First, string Second)> _labels = [];

    /// <summary>Figures the two annotators both marked.</summary>
    public int SharedFigures { get; private set; }

    /// <summary>Figures of the first annotation.</summary>
    public int FirstFigures { get; private set; }

    /// <summary>Figures of the second annotation.</summary>
    public int SecondFigures { get; private set; }

    /// <summary>Candidate pairs: figures both marked, from two outlets.</summary>
    public int Pairs => _labels.Count;

    /// <summary>Candidate pairs labelled alike (none included).</summary>
    public int PairsAgreed => _labels.Count(l => l.First == l.Second);

    /// <summary>Same-thing pairs (agree, contradict, changed) the first annotator wrote.</summary>
    public int FirstSameThing { get; private set; }

    /// <summary>Same-thing pairs the second annotator wrote.</summary>
    public int SecondSameThing { get; private set; }

    /// <summary>Same-thing pairs both wrote (relation aside).</summary>
    public int SharedSameThing { get; private set; }

    /// <summary>F1 of the two figure sets.</summary>
    public double FigureF1 => F1(SharedFigures, FirstFigures, SecondFigures);

    /// <summary>F1 of the two sets of same-thing pairs.</summary>
    public double SameThingF1 => F1(SharedSameThing, FirstSameThing, SecondSameThing);

    /// <summary>Cohen's κ of the candidate pairs' labels; 1 when both are constant and equal.</summary>
    public double Kappa => CohenKappa(_labels);

    /// <summary>Adds one story annotated by both.</summary>
    public void Add(StoryAnnotation first, StoryAnnotation second)
    {
        FirstFigures += first.Figures.Length;
        SecondFigures += second.Figures.Length;
        var toFirst = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var figure in second.Figures)
        {
            var match = first.Figures
                .Where(f => f.Overlaps(figure.Doc, figure.Start, figure.End))
                .OrderByDescending(f => Math.Min(f.End, figure.End) - Math.Max(f.Start, figure.Start))
                .FirstOrDefault();
            if (match is not null)
            {
                SharedFigures++;
                toFirst[figure.Id] = first.Root(match.Id);
            }
        }

        var firstLabels = first.Pairs.ToDictionary(p => Key(first.Root(p.A), first.Root(p.B)), p => p.Relation);
        var secondLabels = new Dictionary<(string, string), string>();
        foreach (var pair in second.Pairs)
        {
            var a = toFirst.GetValueOrDefault(second.Root(pair.A), "second:" + pair.A);
            var b = toFirst.GetValueOrDefault(second.Root(pair.B), "second:" + pair.B);
            secondLabels[Key(a, b)] = pair.Relation;
        }

        var firstSame = firstLabels.Where(l => l.Value != "trap").Select(l => l.Key).ToHashSet();
        var secondSame = secondLabels.Where(l => l.Value != "trap").Select(l => l.Key).ToHashSet();
        FirstSameThing += firstSame.Count;
        SecondSameThing += secondSame.Count;
        SharedSameThing += firstSame.Intersect(secondSame).Count();

        var shared = toFirst.Values.Distinct().Select(id => first[id]).ToList();
        for (var i = 0; i < shared.Count; i++)
        {
            for (var j = i + 1; j < shared.Count; j++)
            {
                if (shared[i].Doc[..3] != shared[j].Doc[..3])
                {
                    var key = Key(shared[i].Id, shared[j].Id);
                    _labels.Add((firstLabels.GetValueOrDefault(key, "none"), secondLabels.GetValueOrDefault(key, "none")));
                }
            }
        }
    }

    /// <summary>Cohen's κ of two raters' labels of the same items.</summary>
    public static double CohenKappa(IReadOnlyCollection<(string First, string Second)> labels)
    {
        if (labels.Count == 0)
        {
            return 1;
        }

        double n = labels.Count;
        var observed = labels.Count(l => l.First == l.Second) / n;
        var categories = labels.Select(l => l.First).Concat(labels.Select(l => l.Second)).Distinct();
        var expected = categories.Sum(c => labels.Count(l => l.First == c) / n * (labels.Count(l => l.Second == c) / n));
        return expected >= 1 ? 1 : (observed - expected) / (1 - expected);
    }

    private static double F1(int shared, int first, int second) => first + second == 0 ? 1 : 2.0 * shared / (first + second);

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
