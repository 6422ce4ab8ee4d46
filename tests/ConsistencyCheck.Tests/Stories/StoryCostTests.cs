using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;
using ConsistencyCheck.Tests.Cli;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Stories;

/// <summary>
/// What keeps the story work of a run cheap and visible (docs/performance.md, "Stories on the 1 GB corpus"): term
/// texts shared across a run change no signature, and the meter and <c>--stats</c> show the signatures and the
/// grouping apart. No timing is asserted: the benchmarks measure.
/// </summary>
public class StoryCostTests
{
    [Test]
    public void Terms_shared_across_a_run_give_the_same_signatures_and_one_copy_of_each_term()
    {
        var documents = StoryGrouperTests.GeneratedDocuments(20, seed: 3);
        var pool = new TermPool();

        var alone = documents.Select(d => StorySignature.FromDocument(d)).ToList();
        var shared = documents.Select(d => StorySignature.FromDocumentInRun(d, null, pool)).ToList();

        shared.Should().Equal(alone);
        var copies = shared.SelectMany(s => s.Terms).GroupBy(t => t.Text, StringComparer.Ordinal)
            .Where(g => g.Select(t => t.Text).Distinct(ReferenceEqualityComparer.Instance).Count() > 1);
        copies.Should().BeEmpty("a term of the run is held once");
        shared.SelectMany(s => s.Terms).Select(t => t.Text).Distinct().Count().Should().BeLessThan(shared.Sum(s => s.Terms.Length));
    }

    [TestCase(StoryMode.Automatic, true)]
    [TestCase(StoryMode.None, false)]
    public async Task The_meter_counts_signatures_and_grouping_only_when_stories_are_found(StoryMode mode, bool counted)
    {
        var meter = new ConsistencyMeter();
        var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().UseMeter(meter)
            .Configure(o => o with { StoryMode = mode }).Build();

        await pipeline.CheckAsync(StoryGrouperTests.GeneratedDocuments(10, seed: 5));

        (meter.StorySignatures > TimeSpan.Zero).Should().Be(counted);
        (meter.StoryGrouping > TimeSpan.Zero).Should().Be(counted);
    }

    [Test]
    public async Task Stats_print_the_story_work_after_the_stage_line_and_not_without_stories()
    {
        var folder = Path.Combine(Path.GetTempPath(), "story-cost-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var document in StoryGrouperTests.GeneratedDocuments(3, seed: 9))
            {
                await File.WriteAllTextAsync(Path.Combine(folder, document.Id.Value.Replace('/', '-') + ".txt"), document.Text);
            }

            var auto = await CliProcess.RunAsync(["check", folder, "--format", "json", "--stats"]);
            var none = await CliProcess.RunAsync(["check", folder, "--format", "json", "--stats", "--stories", "none"]);

            var lines = auto.Error.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            var stage = lines.FindIndex(l => l.StartsWith("stats: seconds:", StringComparison.Ordinal));
            stage.Should().BeGreaterThanOrEqualTo(0, auto.ToString());
            lines[stage + 1].Should().StartWith("stats: stories: signatures ").And.Contain("of recognition + assertions + signatures")
                .And.Contain("(at the barrier, ").And.Contain("of total); together about ");
            none.Error.Should().Contain("stats: seconds:").And.NotContain("stats: stories:");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
