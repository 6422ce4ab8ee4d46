using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ConsistencyCheck.Cli;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Text.Lexical;

namespace ConsistencyCheck.Tests.RealNews;

/// <summary>
/// The <c>recognize</c> command scored as a quantity extractor on the annotated figures of one half
/// (docs/evaluation.md § 10): every article of the half's annotated stories goes through the command as one input
/// line with its publication date as reference; each annotated count, amount, share and measure is matched one to one
/// with an overlapping predicted quantity stating the same value (value), and with one that also has its unit
/// (value+unit). Every predicted quantity left unmatched is a false positive, on a date, year or ordinal figure too.
/// </summary>
public sealed class QuantityExtractionScore
{
    /// <summary>The annotated kinds that are quantities.</summary>
    public static readonly ImmutableArray<string> Kinds = ["count", "amount", "share", "measure"];

    private QuantityExtractionScore(int stories, ImmutableArray<Tally> tallies, int predicted, int valueHits, int unitHits, ImmutableArray<string> cases)
    {
        Stories = stories;
        ByKind = tallies;
        Predicted = predicted;
        ValueHits = valueHits;
        UnitHits = unitHits;
        Cases = cases;
    }

    /// <summary>Annotated stories scored.</summary>
    public int Stories { get; }

    /// <summary>Per annotated kind: figures, value hits, value+unit hits.</summary>
    public ImmutableArray<Tally> ByKind { get; }

    /// <summary>Predicted quantities in the articles.</summary>
    public int Predicted { get; }

    /// <summary>Matched pairs stating the same value.</summary>
    public int ValueHits { get; }

    /// <summary>Matched pairs stating the same value in the same unit.</summary>
    public int UnitHits { get; }

    /// <summary>One line per annotated figure and per unmatched prediction (article text: never commit these).</summary>
    public ImmutableArray<string> Cases { get; }

    /// <summary>Annotated quantity figures.</summary>
    public int Gold => ByKind.Sum(t => t.Figures);

    /// <summary>Value precision: predictions matched on value over predictions.</summary>
    public Proportion ValuePrecision => new(ValueHits, Predicted);

    /// <summary>Value recall: figures matched on value over figures.</summary>
    public Proportion ValueRecall => new(ValueHits, Gold);

    /// <summary>Value+unit precision.</summary>
    public Proportion UnitPrecision => new(UnitHits, Predicted);

    /// <summary>Value+unit recall.</summary>
    public Proportion UnitRecall => new(UnitHits, Gold);

    /// <summary>The harmonic mean of two proportions (0 when both are 0).</summary>
    public static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    /// <summary>The summary lines the test prints.</summary>
    public IEnumerable<string> Summary()
    {
        yield return Invariant($"recognize as a quantity extractor, {Stories} stories, {Gold} annotated quantities, {Predicted} predicted");
        yield return Invariant($"  value:      precision {ValuePrecision}, recall {ValueRecall}, F1 {F1(ValuePrecision.Value, ValueRecall.Value):F3} (from the lower bounds {F1(ValuePrecision.WilsonLower, ValueRecall.WilsonLower):F3})");
        yield return Invariant($"  value+unit: precision {UnitPrecision}, recall {UnitRecall}, F1 {F1(UnitPrecision.Value, UnitRecall.Value):F3} (from the lower bounds {F1(UnitPrecision.WilsonLower, UnitRecall.WilsonLower):F3})");
        yield return "  recall by kind (value, value+unit): " + string.Join("; ", ByKind.Select(t => Invariant($"{t.Kind} {t.Value}/{t.Figures}, {t.Unit}/{t.Figures}")));
    }

    /// <summary>Runs <c>recognize</c> over the annotated stories of <paramref name="half"/> and scores it.</summary>
    public static async Task<QuantityExtractionScore> RunAsync(string articles, string half)
    {
        var annotations = RealNewsCorpus.AnnotatedStories(half);
        var documents = new List<(StoryAnnotation Annotation, Document Document)>();
        foreach (var annotation in annotations)
        {
            foreach (var document in await RealNewsCorpus.LoadAsync(RealNewsCorpus.StoryFile(articles, annotation.Story)))
            {
                documents.Add((annotation, document));
            }
        }

        var lines = await RecognizeAsync(documents.Select(d => d.Document));
        var units = new UnitWords(WordNetLexicon.Shared);
        var tallies = Kinds.ToDictionary(k => k, k => new Tally(k, 0, 0, 0));
        var cases = ImmutableArray.CreateBuilder<string>();
        int predicted = 0, valueHits = 0, unitHits = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            var (annotation, document) = documents[i];
            var entities = RecognizedEntity.ReadLine(lines[i]).Where(e => e.IsQuantity).ToList();
            var figures = annotation.Figures.Where(f => f.Doc == document.Id.Value).OrderBy(f => f.Start).ToList();
            var golds = figures.Where(f => Kinds.Contains(f.Kind)).ToList();
            predicted += entities.Count;
            var byValue = Match(golds, entities, (g, e) => ValueMatches(g, e));
            var byUnit = Match(golds, entities, (g, e) => ValueMatches(g, e) && units.Matches(g, document.Text, e));
            foreach (var gold in golds)
            {
                var valueHit = byValue.ContainsKey(gold);
                var unitHit = byUnit.ContainsKey(gold);
                valueHits += valueHit ? 1 : 0;
                unitHits += unitHit ? 1 : 0;
                var t = tallies[gold.Kind];
                tallies[gold.Kind] = t with { Figures = t.Figures + 1, Value = t.Value + (valueHit ? 1 : 0), Unit = t.Unit + (unitHit ? 1 : 0) };
                var seen = entities.Where(e => e.Overlaps(gold.Start, gold.End)).Select(Describe).DefaultIfEmpty("nothing");
                cases.Add($"{(unitHit ? "unit" : valueHit ? "VALUE-ONLY" : "MISS")} {annotation.Story} {gold.Id} {gold.Kind} '{gold.Quote}' [{string.Join(",", gold.Heads)}] <- {string.Join(" | ", seen)}");
            }

            var matched = byValue.Values.ToHashSet();
            foreach (var entity in entities.Where(e => !matched.Contains(e)))
            {
                var on = figures.FirstOrDefault(f => entity.Overlaps(f.Start, f.End));
                cases.Add($"FALSE {document.Id.Value} @{entity.Start} {Describe(entity)} on {(on is null ? "no figure" : $"{on.Kind} '{on.Quote}'")}");
            }
        }

        return new QuantityExtractionScore(annotations.Count, [.. tallies.Values], predicted, valueHits, unitHits, cases.ToImmutable());
    }

    /// <summary>Runs the command line's <c>recognize</c> once over every document, one input line each.</summary>
    private static async Task<string[]> RecognizeAsync(IEnumerable<Document> documents)
    {
        var input = new System.Text.StringBuilder();
        foreach (var document in documents)
        {
            var line = new Dictionary<string, string> { ["text"] = document.Text };
            if (document.Metadata.Published is { } published)
            {
                line["referenceDate"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            input.Append(JsonSerializer.Serialize(line)).Append('\n');
        }

        using var reader = new StringReader(input.ToString());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApplication.RunAsync(["recognize"], reader, output, error, CancellationToken.None);
        if (exit != 0)
        {
            throw new InvalidOperationException($"recognize exited with {exit}: {error}");
        }

        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>One-to-one matching, figures in text order, each taking the first unused overlapping entity that fits.</summary>
    private static Dictionary<AnnotatedFigure, RecognizedEntity> Match(List<AnnotatedFigure> golds, List<RecognizedEntity> entities, Func<AnnotatedFigure, RecognizedEntity, bool> fits)
    {
        var used = new HashSet<RecognizedEntity>(ReferenceEqualityComparer.Instance);
        var matched = new Dictionary<AnnotatedFigure, RecognizedEntity>(ReferenceEqualityComparer.Instance);
        foreach (var gold in golds)
        {
            var entity = entities.FirstOrDefault(e => !used.Contains(e) && e.Overlaps(gold.Start, gold.End) && fits(gold, e));
            if (entity is not null)
            {
                used.Add(entity);
                matched[gold] = entity;
            }
        }

        return matched;
    }

    private static bool ValueMatches(AnnotatedFigure gold, RecognizedEntity entity)
    {
        var value = QuoteValue.Parse(gold.Quote);
        return value.HasValue || entity.Endpoints.Length > 0
            ? value.Matches(entity.Endpoints, asShare: gold.Kind == "share")
            : entity.Endpoints.IsEmpty;
    }

    private static string Describe(RecognizedEntity e) =>
        $"'{e.Text}' {e.Type} [{string.Join(", ", e.Endpoints.Select(v => v.ToString(CultureInfo.InvariantCulture)))}] {e.Unit ?? "-"}{(e.Modifiers is null ? string.Empty : $" ({e.Modifiers})")}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Figures of one annotated kind, and how many were matched on value and on value+unit.</summary>
    public sealed record Tally(string Kind, int Figures, int Value, int Unit);
}
