using System.Text.Json;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Gold;

/// <summary>
/// The annotated gold set (Gold/gold.json over Gold/stories.jsonl and samples/): every annotated cross-document pair
/// must get the expected verdict, or none for a trap. Prints precision and recall of flagged findings
/// (contradiction, changedOverTime) and of agreements; fails below the recorded figures.
/// The held-out sets (Gold/holdout/, Gold/holdout2/) are measured the same way: stories the rules were never tuned on.
/// </summary>
public class GoldSetTests
{
    // Recorded figures: raise them as the pipeline improves; never lower them to make a change pass.
    private const double FlaggedPrecisionFloor = 0.95;
    private const double FlaggedRecallFloor = 0.97; // measured 1.000 (45/45)
    private const double AgreementPrecisionFloor = 0.95;
    private const double AgreementRecallFloor = 0.97; // measured 0.979 (47/48)
    private const int MaxTrapsFlagged = 0;

    // Held-out figures (Gold/holdout/, 145 pairs over 5 stories the rules were never tuned on). Floors just below the
    // figures measured when the set was added, so a change that loses ground on unseen news shows; raise them as the
    // pipeline improves, but do not tune the rules on these stories (write new held-out stories instead).
    // First measured, before any rule had seen these stories: flagged precision 0.550 (11/20), recall 0.204 (11/54);
    // agreements precision 0.824 (14/17), recall 0.298 (14/47); 9 traps reported; 28 figures not read.
    // After fixing the general faults that analysis showed (a coordinated verb stealing a participle's count, a
    // possessive date anchoring a figure, places running into verbs and dates, synonyms, counts in prepositional
    // phrases, bare measures, changes over years, rounding half up, reported clauses): flagged precision 0.929 (26/28),
    // recall 0.481 (26/54); agreements precision 0.833 (15/18), recall 0.319 (15/47); 3 traps reported. The set is
    // no longer unseen: Gold/holdout2 measures generalisation again.
    // Later (December 2026, after rules written from the second set and from this one — partitives with a whole
    // counted inline, relative clauses dated by their antecedent, hospital treatment, coordinated modifiers): flagged
    // precision 0.935 (29/31), recall 0.537 (29/54); agreements precision 0.947 (18/19), recall 0.383 (18/47); 1 trap
    // (after a move in early trading became another moment than the close). The one flag of the wrong kind added:
    // districts won, 15 then 14 four days later, read as a change where the annotator reads a contradiction.
    private const double HeldOutFlaggedPrecisionFloor = 0.93;
    private const double HeldOutFlaggedRecallFloor = 0.53;
    private const double HeldOutAgreementPrecisionFloor = 0.94;
    private const double HeldOutAgreementRecallFloor = 0.38;
    private const int HeldOutMaxTrapsFlagged = 1;

    // Second held-out set (Gold/holdout2/, 151 pairs over 5 stories written after the first set had been used to fix
    // rules: mine collapse, storm power cuts, airline pilots' strike, chemical spill, council budget). Floors just below
    // the figures measured when it was added, before any rule had seen these stories: flagged precision 0.600 (9/15),
    // recall 0.176 (9/51); agreements precision 0.824 (14/17), recall 0.222 (14/63); 4 traps reported; 16 figures not
    // read. Do not tune the rules on these stories either: once they have been used to fix rules, write a third set.
    // After rules written from this set (a running total's stated update is a change; a bare figure opening its sentence
    // counts the group last named; hospital phrases; future weekdays; the whole of a partitive; restored, closed;
    // outages, where homes, households and customers are one count; "men" for the one named group; a one-day same-time
    // tolerance; earlier and rival events; measures keyed by what they measure; figures years apart never compared):
    // flagged precision 0.917 (22/24), recall 0.431 (22/51); agreements precision 0.909 (30/33), recall 0.476 (30/63);
    // 4 traps.
    private const double SecondHeldOutFlaggedPrecisionFloor = 0.91;
    private const double SecondHeldOutFlaggedRecallFloor = 0.43;
    private const double SecondHeldOutAgreementPrecisionFloor = 0.90;
    private const double SecondHeldOutAgreementRecallFloor = 0.47;
    private const int SecondHeldOutMaxTrapsFlagged = 4;

    // Third held-out set (Gold/holdout3/, 160 pairs over 5 stories written by an engineer who had not read the rules:
    // landslide, dock strike, takeover bid, mayoral election, legionella outbreak). Floors just below the figures
    // measured when it was added, before any rule had seen these stories: flagged precision 0.375 (6/16), recall 0.100
    // (6/60); agreements precision 0.765 (13/17), recall 0.220 (13/59); 7 traps reported; 36 figures not read.
    // Since then the pairs that two rule changes moved were looked at (six pairs in all), no others: the percentage-point cap on hedges made "92% of ballots
    // counted" at 2am and "about 95%" at 9am rightly disjoint (the hours are not read, so a contradiction), and "12 in
    // hospital" against "18 remain in hospital" two days later showed the same-time tolerance of two days too wide
    // (now one). Measured after those changes: flagged precision 0.500 (9/18), recall 0.150 (9/60); agreements
    // precision 0.850 (17/20), recall 0.288 (17/59); 7 traps. After the later general rules, not looked at here:
    // flagged precision 0.529 (9/17), recall 0.150 (9/60); agreements precision 0.905 (19/21), recall 0.322 (19/59);
    // 5 traps.
    private const double ThirdHeldOutFlaggedPrecisionFloor = 0.52;
    private const double ThirdHeldOutFlaggedRecallFloor = 0.15;
    private const double ThirdHeldOutAgreementPrecisionFloor = 0.90;
    private const double ThirdHeldOutAgreementRecallFloor = 0.32;
    private const int ThirdHeldOutMaxTrapsFlagged = 5;

    private static readonly string GoldFolder = Path.Combine(TestPaths.RepositoryRoot, "tests", "ConsistencyCheck.Tests", "Gold");

    private static List<GoldOutcome>? _outcomes;

    [OneTimeSetUp]
    public async Task Run_the_pipeline_over_the_gold_stories()
    {
        _outcomes = await JudgeAsync(Path.Combine(GoldFolder, "gold.json"), [Path.Combine(GoldFolder, "stories.jsonl"), TestPaths.Samples]);
    }

    /// <summary>
    /// Every annotated figure is read as an assertion, except those recorded in Gold/known-unread.txt: a figure that
    /// newly goes unread fails, and so does a recorded one that is now read (remove its line, so the list only shrinks).
    /// </summary>
    [Test]
    public void Every_annotated_figure_is_read_as_an_assertion()
    {
        PrintMissing(_outcomes!);
        var missing = _outcomes!.SelectMany(o => o.Missing).Distinct().ToList();
        var known = File.ReadAllLines(Path.Combine(GoldFolder, "known-unread.txt")).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        missing.Should().BeSubsetOf(known, "a figure not recorded in Gold/known-unread.txt went unread");
        known.Should().BeSubsetOf(missing, "a figure recorded in Gold/known-unread.txt is now read: remove its line");
    }

    [Test]
    public void Precision_and_recall_hold_the_recorded_figures()
    {
        var score = GoldScore.Of(_outcomes!);
        score.Print(_outcomes!);

        score.FlaggedPrecision.Should().BeGreaterThanOrEqualTo(FlaggedPrecisionFloor);
        score.FlaggedRecall.Should().BeGreaterThanOrEqualTo(FlaggedRecallFloor);
        score.AgreementPrecision.Should().BeGreaterThanOrEqualTo(AgreementPrecisionFloor);
        score.AgreementRecall.Should().BeGreaterThanOrEqualTo(AgreementRecallFloor);
        score.TrapsFlagged.Should().BeLessThanOrEqualTo(MaxTrapsFlagged);
    }

    [Test]
    public async Task Held_out_stories_report_their_figures()
    {
        await CheckHeldOutAsync(
            "holdout",
            new Floors(HeldOutFlaggedPrecisionFloor, HeldOutFlaggedRecallFloor, HeldOutAgreementPrecisionFloor, HeldOutAgreementRecallFloor, HeldOutMaxTrapsFlagged));
    }

    [Test]
    public async Task Second_held_out_stories_report_their_figures()
    {
        await CheckHeldOutAsync(
            "holdout2",
            new Floors(SecondHeldOutFlaggedPrecisionFloor, SecondHeldOutFlaggedRecallFloor, SecondHeldOutAgreementPrecisionFloor, SecondHeldOutAgreementRecallFloor, SecondHeldOutMaxTrapsFlagged));
    }

    [Test]
    public async Task Third_held_out_stories_report_their_figures()
    {
        await CheckHeldOutAsync(
            "holdout3",
            new Floors(ThirdHeldOutFlaggedPrecisionFloor, ThirdHeldOutFlaggedRecallFloor, ThirdHeldOutAgreementPrecisionFloor, ThirdHeldOutAgreementRecallFloor, ThirdHeldOutMaxTrapsFlagged));
    }

    /// <summary>Judges a held-out gold set (Gold/{name}/stories.jsonl and gold.json) on its own and holds it to its floors; skips when the folder is missing.</summary>
    private static async Task CheckHeldOutAsync(string name, Floors floors)
    {
        var folder = Path.Combine(GoldFolder, name);
        var stories = Path.Combine(folder, "stories.jsonl");
        var gold = Path.Combine(folder, "gold.json");
        if (!File.Exists(stories) || !File.Exists(gold))
        {
            Assert.Ignore($"Held-out gold set not found at {folder} (stories.jsonl and gold.json).");
        }

        var outcomes = await JudgeAsync(gold, [stories]);
        PrintMissing(outcomes);
        var score = GoldScore.Of(outcomes);
        score.Print(outcomes);

        score.FlaggedPrecision.Should().BeGreaterThanOrEqualTo(floors.FlaggedPrecision);
        score.FlaggedRecall.Should().BeGreaterThanOrEqualTo(floors.FlaggedRecall);
        score.AgreementPrecision.Should().BeGreaterThanOrEqualTo(floors.AgreementPrecision);
        score.AgreementRecall.Should().BeGreaterThanOrEqualTo(floors.AgreementRecall);
        score.TrapsFlagged.Should().BeLessThanOrEqualTo(floors.MaxTrapsFlagged);
    }

    private sealed record Floors(double FlaggedPrecision, double FlaggedRecall, double AgreementPrecision, double AgreementRecall, int MaxTrapsFlagged);

    /// <summary>Runs the pipeline over the inputs and judges every annotated pair of the gold file.</summary>
    private static async Task<List<GoldOutcome>> JudgeAsync(string goldPath, string[] inputs)
    {
        var loader = new DocumentLoader(new IngestOptions());
        var documents = new List<Document>();
        await foreach (var document in loader.LoadAsync(inputs))
        {
            documents.Add(document.Source.StartsWith(TestPaths.Samples, StringComparison.Ordinal) ? document with { Collection = "samples" } : document);
        }

        var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();
        var report = await pipeline.CheckAsync(documents);
        var texts = documents.ToDictionary(d => d.Id.Value, d => d.Text);
        using var gold = JsonDocument.Parse(await File.ReadAllTextAsync(goldPath));
        return [.. gold.RootElement.EnumerateArray().Select(pair => GoldOutcome.Judge(pair, report, texts))];
    }

    private static int PrintMissing(IReadOnlyList<GoldOutcome> outcomes)
    {
        var missing = outcomes.SelectMany(o => o.Missing).Distinct().ToList();
        TestContext.Out.WriteLine($"{missing.Count} annotated figures not read as assertions:");
        foreach (var m in missing)
        {
            TestContext.Out.WriteLine("  " + m);
        }

        return missing.Count;
    }

    private sealed record GoldScore(
        int Pairs,
        int FlaggedRight,
        int FlaggedPredicted,
        int FlaggedExpected,
        int AgreeRight,
        int AgreePredicted,
        int AgreeExpected,
        int TrapsFlagged)
    {
        public double FlaggedPrecision => Ratio(FlaggedRight, FlaggedPredicted);

        public double FlaggedRecall => Ratio(FlaggedRight, FlaggedExpected);

        public double AgreementPrecision => Ratio(AgreeRight, AgreePredicted);

        public double AgreementRecall => Ratio(AgreeRight, AgreeExpected);

        public static GoldScore Of(IReadOnlyList<GoldOutcome> outcomes)
        {
            static bool Flagged(string kind) => kind is "contradiction" or "changedOverTime";
            return new GoldScore(
                outcomes.Count,
                outcomes.Count(o => Flagged(o.Actual) && o.Actual == o.Expected),
                outcomes.Count(o => Flagged(o.Actual)),
                outcomes.Count(o => Flagged(o.Expected)),
                outcomes.Count(o => o.Actual == "agreement" && o.Expected == "agreement"),
                outcomes.Count(o => o.Actual == "agreement"),
                outcomes.Count(o => o.Expected == "agreement"),
                outcomes.Count(o => o.Expected == "none" && o.Actual != "none"));
        }

        public void Print(IReadOnlyList<GoldOutcome> outcomes)
        {
            TestContext.Out.WriteLine($"pairs: {Pairs}");
            TestContext.Out.WriteLine($"flagged findings: precision {FlaggedPrecision:F3} ({FlaggedRight}/{FlaggedPredicted}), recall {FlaggedRecall:F3} ({FlaggedRight}/{FlaggedExpected})");
            TestContext.Out.WriteLine($"agreements: precision {AgreementPrecision:F3} ({AgreeRight}/{AgreePredicted}), recall {AgreementRecall:F3} ({AgreeRight}/{AgreeExpected})");
            TestContext.Out.WriteLine($"traps reported: {TrapsFlagged}");
            foreach (var wrong in outcomes.Where(o => o.Actual != o.Expected))
            {
                TestContext.Out.WriteLine($"  expected {wrong.Expected}, got {wrong.Actual}: {wrong.Description}");
            }
        }

        private static double Ratio(int numerator, int denominator) => denominator == 0 ? 1 : (double)numerator / denominator;
    }
}
