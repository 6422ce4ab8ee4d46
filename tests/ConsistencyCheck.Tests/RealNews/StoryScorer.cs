using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;

namespace ConsistencyCheck.Tests.RealNews;

/// <summary>
/// Scores the checker's assertions and findings for one story against its annotation (docs/evaluation.md,
/// section 6). A finding of several assertions counts once for every two of them from different documents.
/// </summary>
public sealed class StoryScorer
{
    private readonly StoryAnnotation _annotation;
    private readonly Dictionary<AssertionId, Assertion> _assertions;
    private readonly Dictionary<(string, string), AnnotatedPair> _pairs = [];

    public StoryScorer(StoryAnnotation annotation, IEnumerable<Assertion> assertions)
    {
        _annotation = annotation;
        _assertions = assertions.ToDictionary(a => a.Id);
        foreach (var pair in annotation.Pairs)
        {
            _pairs[Key(pair.A, pair.B)] = pair;
        }
    }

    /// <summary>Every case of the story: reading of each figure, each finding, each annotated pair.</summary>
    public IEnumerable<CaseOutcome> Score(IReadOnlyList<Finding> findings)
    {
        foreach (var outcome in Reading())
        {
            yield return outcome;
        }

        var reported = new List<(FindingKind Kind, string Between, AnnotatedPair? Match)>();
        foreach (var (kind, x, y) in Sides(findings))
        {
            var between = $"{x.Id}~{y.Id}";
            if (x.DocumentId == y.DocumentId)
            {
                if (kind != FindingKind.Agreement)
                {
                    yield return new CaseOutcome(Measure.WithinDocumentFlag, $"{_annotation.Story} {between}", false, Describe(kind, x, y));
                }

                continue;
            }

            var match = Match(x, y, kind);
            reported.Add((kind, between, match));
            var right = match is not null && Relation(kind) == match.Relation;
            var measure = kind == FindingKind.Agreement ? Measure.AgreementPrecision : Measure.FlagPrecision;
            var seen = match is null ? "no annotated pair" : $"annotated {match.Relation}: {match.Note}";
            yield return new CaseOutcome(measure, $"{_annotation.Story} {between} {kind}", right, $"{Describe(kind, x, y)}; {seen}");
        }

        foreach (var pair in _annotation.Pairs)
        {
            var got = reported.Where(r => ReferenceEquals(r.Match, pair)).Select(r => Relation(r.Kind)).ToList();
            var id = $"{_annotation.Story} {pair.A}~{pair.B}";
            var detail = $"{Quote(pair.A)} / {Quote(pair.B)} ({pair.Note}); checker: {(got.Count == 0 ? "nothing" : string.Join(", ", got))}";
            Measure? measure = pair.Relation switch
            {
                "agree" => Measure.AgreementRecall,
                "contradict" => Measure.ContradictionRecall,
                "changed" => Measure.ChangedRecall,
                "trap" => Measure.TrapQuiet,
                _ => null,
            };
            if (measure is { } m)
            {
                var passed = m == Measure.TrapQuiet ? got.Count == 0 : got.Contains(pair.Relation);
                yield return new CaseOutcome(m, id, passed, detail);
            }
        }
    }

    /// <summary>The annotated relation a finding kind stands for.</summary>
    public static string Relation(FindingKind kind) => kind switch
    {
        FindingKind.Agreement => "agree",
        FindingKind.Contradiction => "contradict",
        _ => "changed",
    };

    /// <summary>The roots of the annotated figures an assertion's quantity overlaps.</summary>
    public IEnumerable<string> FiguresOf(Assertion assertion)
    {
        var span = assertion.Quantity.Span;
        return _annotation.Figures
            .Where(f => f.Overlaps(assertion.DocumentId.Value, span.Start, span.End))
            .Select(f => _annotation.Root(f.Id))
            .Distinct();
    }

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static string Describe(FindingKind kind, Assertion x, Assertion y) =>
        $"{kind}: \"{x.Quantity.Text}\" ({x.Subject.Text}) / \"{y.Quantity.Text}\" ({y.Subject.Text})";

    private static string Singular(string word)
    {
        var w = word.ToLowerInvariant().Trim('\'', '"', ',', '.');
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        return w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w.Length > 3 ? w[..^1] : w;
    }

    private IEnumerable<CaseOutcome> Reading()
    {
        var byDocument = _assertions.Values.GroupBy(a => a.DocumentId.Value).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var figure in _annotation.Figures)
        {
            var read = byDocument.GetValueOrDefault(figure.Doc, [])
                .Where(a => figure.Overlaps(figure.Doc, a.Quantity.Span.Start, a.Quantity.Span.End))
                .ToList();
            var heads = figure.Heads.Select(Singular).ToHashSet(StringComparer.Ordinal);
            var named = read.FirstOrDefault(a => NamesThing(a.Subject, heads));
            var id = $"{_annotation.Story} {figure.Id}";
            var seen = read.Count == 0 ? "not read" : string.Join("; ", read.Select(a => $"\"{a.Quantity.Text}\" subject \"{a.Subject.Text}\""));
            var detail = $"\"{figure.Quote}\" ({figure.Thing}) in {figure.Doc}: {seen}";
            yield return new CaseOutcome(Measure.ReadingAny, id, read.Count > 0, detail) { FigureKind = figure.Kind };
            yield return new CaseOutcome(Measure.Reading, id, named is not null, detail) { FigureKind = figure.Kind };
        }
    }

    private static bool NamesThing(Subject subject, HashSet<string> heads) =>
        heads.Contains(Singular(subject.Head)) || heads.Contains(Singular(subject.Class)) ||
        subject.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => heads.Contains(Singular(w)));

    private IEnumerable<(FindingKind Kind, Assertion X, Assertion Y)> Sides(IReadOnlyList<Finding> findings)
    {
        foreach (var finding in findings)
        {
            var members = finding.AssertionIds.Where(_assertions.ContainsKey).Select(id => _assertions[id]).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    yield return (finding.Kind, members[i], members[j]);
                }
            }
        }
    }

    private AnnotatedPair? Match(Assertion x, Assertion y, FindingKind kind)
    {
        AnnotatedPair? any = null;
        foreach (var a in FiguresOf(x))
        {
            foreach (var b in FiguresOf(y))
            {
                if (_pairs.TryGetValue(Key(a, b), out var pair))
                {
                    if (pair.Relation == Relation(kind))
                    {
                        return pair;
                    }

                    any ??= pair;
                }
            }
        }

        return any;
    }

    private string Quote(string figureId)
    {
        var figure = _annotation[figureId];
        return $"\"{figure.Quote}\" ({figure.Doc})";
    }
}
