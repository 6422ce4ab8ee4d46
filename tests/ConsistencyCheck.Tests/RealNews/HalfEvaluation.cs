using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Tests.RealNews;

/// <summary>
/// Runs the checker over the annotated stories of one half, each story on its own and each perturbed copy on its
/// own, and gathers every case (docs/evaluation.md, sections 5 and 6).
/// </summary>
public sealed class HalfEvaluation
{
    private HalfEvaluation(string half, int stories, IReadOnlyList<CaseOutcome> outcomes, int unperturbable)
    {
        Half = half;
        Stories = stories;
        Outcomes = outcomes;
        Unperturbable = unperturbable;
    }

    /// <summary>"tuning" or "heldout".</summary>
    public string Half { get; }

    /// <summary>Annotated stories scored.</summary>
    public int Stories { get; }

    /// <summary>Every case, in story order.</summary>
    public IReadOnlyList<CaseOutcome> Outcomes { get; }

    /// <summary>Agreements whose side b has a form the perturbation cannot change (so not in the recall).</summary>
    public int Unperturbable { get; }

    /// <summary>The cases of one measure as a count over a total.</summary>
    public Proportion Of(Measure measure)
    {
        var cases = Outcomes.Where(o => o.Measure == measure).ToList();
        return new Proportion(cases.Count(o => o.Passed), cases.Count);
    }

    /// <summary>Wrong flags (between documents and within one), all stories together.</summary>
    public int FalseFlags =>
        Outcomes.Count(o => o.Measure is Measure.FlagPrecision or Measure.WithinDocumentFlag && !o.Passed);

    /// <summary>Scores every annotated story of <paramref name="half"/>.</summary>
    public static async Task<HalfEvaluation> RunAsync(string articles, string half)
    {
        var outcomes = new List<CaseOutcome>();
        var unperturbable = 0;
        var annotations = RealNewsCorpus.AnnotatedStories(half);
        foreach (var annotation in annotations)
        {
            var documents = await RealNewsCorpus.LoadAsync(RealNewsCorpus.StoryFile(articles, annotation.Story));
            var report = await RealNewsCorpus.CheckAsync(documents);
            outcomes.AddRange(new StoryScorer(annotation, report.Assertions).Score(report.Findings));
            foreach (var pair in annotation.Pairs.Where(p => p.Relation == "agree"))
            {
                var outcome = await PerturbAsync(annotation, pair, documents);
                if (outcome is null)
                {
                    unperturbable++;
                }
                else
                {
                    outcomes.Add(outcome);
                }
            }
        }

        return new HalfEvaluation(half, annotations.Count, outcomes, unperturbable);
    }

    /// <summary>The summary lines <c>dotnet test</c> prints.</summary>
    public IEnumerable<string> Summary()
    {
        yield return $"real news, {Half} half: {Stories} stories";
        yield return $"  reading coverage (right counted thing): {Of(Measure.Reading)}";
        yield return $"  reading coverage (any assertion):       {Of(Measure.ReadingAny)}";
        var byKind = Outcomes.Where(o => o.Measure == Measure.Reading).GroupBy(o => o.FigureKind ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count(o => o.Passed)}/{g.Count()}");
        yield return $"    right counted thing by kind: {string.Join(", ", byKind)}";
        yield return $"  flagged precision:                      {Of(Measure.FlagPrecision)}";
        yield return $"  recall on real contradictions:          {Of(Measure.ContradictionRecall)}";
        yield return $"  recall on real changes over time:       {Of(Measure.ChangedRecall)}";
        yield return $"  recall on perturbations:                {Of(Measure.PerturbationRecall)} ({Unperturbable} agreements not perturbable)";
        yield return $"  agreement precision:                    {Of(Measure.AgreementPrecision)}";
        yield return $"  agreement recall:                       {Of(Measure.AgreementRecall)}";
        yield return $"  traps left quiet:                       {Of(Measure.TrapQuiet)}";
        var within = Outcomes.Count(o => o.Measure == Measure.WithinDocumentFlag);
        yield return FormattableString.Invariant(
            $"  false flags per story:                  {(Stories == 0 ? 0 : (double)FalseFlags / Stories):F2} ({FalseFlags} in {Stories} stories, {within} of them within one document)");
    }

    private static async Task<CaseOutcome?> PerturbAsync(StoryAnnotation annotation, AnnotatedPair pair, List<Document> documents)
    {
        var target = annotation[pair.B];
        var changed = RealNewsPerturbation.Perturb(target.Quote, target.Kind);
        if (changed is null)
        {
            return null;
        }

        var copy = documents
            .Select(d => d.Id.Value != target.Doc ? d : d with { Text = string.Concat(d.Text.AsSpan(0, target.Start), changed, d.Text.AsSpan(target.End)) })
            .ToList();
        var report = await RealNewsCorpus.CheckAsync(copy);
        var changedFigure = target with { End = target.Start + changed.Length, Quote = changed };

        // Scored as a real contradiction would be: the side a figure (with its repeats) against the changed mention.
        var perturbed = new StoryAnnotation
        {
            Story = annotation.Story,
            Figures = [.. annotation.Figures.Where(f => annotation.Root(f.Id) == pair.A), changedFigure],
            Pairs = [pair with { Relation = "contradict" }],
        };
        var found = new StoryScorer(perturbed, report.Assertions).Score(report.Findings).Single(o => o.Measure == Measure.ContradictionRecall).Passed;
        var id = $"{annotation.Story} {pair.A}~{pair.B}";
        return new CaseOutcome(Measure.PerturbationRecall, id, found, $"\"{annotation[pair.A].Quote}\" / \"{target.Quote}\" made \"{changed}\" ({pair.Note})");
    }
}
