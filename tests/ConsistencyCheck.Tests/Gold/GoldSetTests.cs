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
/// </summary>
public class GoldSetTests
{
    // Recorded figures: raise them as the pipeline improves; never lower them to make a change pass.
    private const double FlaggedPrecisionFloor = 0.95;
    private const double FlaggedRecallFloor = 0.97; // measured 1.000 (45/45)
    private const double AgreementPrecisionFloor = 0.95;
    private const double AgreementRecallFloor = 0.97; // measured 0.979 (47/48)
    private const int MaxTrapsFlagged = 0;

    private static readonly string GoldFolder = Path.Combine(TestPaths.RepositoryRoot, "tests", "ConsistencyCheck.Tests", "Gold");

    private static List<GoldOutcome>? _outcomes;

    [OneTimeSetUp]
    public async Task Run_the_pipeline_over_the_gold_stories()
    {
        var loader = new DocumentLoader(new IngestOptions());
        var documents = new List<Document>();
        await foreach (var document in loader.LoadAsync([Path.Combine(GoldFolder, "stories.jsonl"), TestPaths.Samples]))
        {
            documents.Add(document.Source.StartsWith(TestPaths.Samples, StringComparison.Ordinal) ? document with { Collection = "samples" } : document);
        }

        var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();
        var report = await pipeline.CheckAsync(documents);
        var texts = documents.ToDictionary(d => d.Id.Value, d => d.Text);
        using var gold = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(GoldFolder, "gold.json")));
        _outcomes = [.. gold.RootElement.EnumerateArray().Select(pair => GoldOutcome.Judge(pair, report, texts))];
    }

    [Test]
    public void Every_annotated_figure_is_read_as_an_assertion()
    {
        var missing = _outcomes!.SelectMany(o => o.Missing).Distinct().ToList();
        TestContext.Out.WriteLine($"{missing.Count} annotated figures not read as assertions:");
        foreach (var m in missing)
        {
            TestContext.Out.WriteLine("  " + m);
        }

        Assert.Pass($"{missing.Count} missing");
    }

    [Test]
    public void Precision_and_recall_hold_the_recorded_figures()
    {
        var outcomes = _outcomes!;
        static bool Flagged(string kind) => kind is "contradiction" or "changedOverTime";
        var flaggedPredicted = outcomes.Count(o => Flagged(o.Actual));
        var flaggedExpected = outcomes.Count(o => Flagged(o.Expected));
        var flaggedRight = outcomes.Count(o => Flagged(o.Actual) && o.Actual == o.Expected);
        var agreePredicted = outcomes.Count(o => o.Actual == "agreement");
        var agreeExpected = outcomes.Count(o => o.Expected == "agreement");
        var agreeRight = outcomes.Count(o => o.Actual == "agreement" && o.Expected == "agreement");
        var trapsFlagged = outcomes.Count(o => o.Expected == "none" && o.Actual != "none");

        var flaggedPrecision = Ratio(flaggedRight, flaggedPredicted);
        var flaggedRecall = Ratio(flaggedRight, flaggedExpected);
        var agreementPrecision = Ratio(agreeRight, agreePredicted);
        var agreementRecall = Ratio(agreeRight, agreeExpected);
        TestContext.Out.WriteLine($"pairs: {outcomes.Count}");
        TestContext.Out.WriteLine($"flagged findings: precision {flaggedPrecision:F3} ({flaggedRight}/{flaggedPredicted}), recall {flaggedRecall:F3} ({flaggedRight}/{flaggedExpected})");
        TestContext.Out.WriteLine($"agreements: precision {agreementPrecision:F3} ({agreeRight}/{agreePredicted}), recall {agreementRecall:F3} ({agreeRight}/{agreeExpected})");
        TestContext.Out.WriteLine($"traps reported: {trapsFlagged}");
        foreach (var wrong in outcomes.Where(o => o.Actual != o.Expected))
        {
            TestContext.Out.WriteLine($"  expected {wrong.Expected}, got {wrong.Actual}: {wrong.Description}");
        }

        flaggedPrecision.Should().BeGreaterThanOrEqualTo(FlaggedPrecisionFloor);
        flaggedRecall.Should().BeGreaterThanOrEqualTo(FlaggedRecallFloor);
        agreementPrecision.Should().BeGreaterThanOrEqualTo(AgreementPrecisionFloor);
        agreementRecall.Should().BeGreaterThanOrEqualTo(AgreementRecallFloor);
        trapsFlagged.Should().BeLessThanOrEqualTo(MaxTrapsFlagged);
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 1 : (double)numerator / denominator;
}
