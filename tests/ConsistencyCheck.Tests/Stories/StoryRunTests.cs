using System.Collections.Concurrent;
using System.Collections.Immutable;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;
using ConsistencyCheck.Tests.RealNews;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Stories;

/// <summary>
/// Stories on the road (issue 16): the 150 real articles of ../shared/real-news/basil-dev in one run of the pipeline,
/// without collections and without publication dates. The stories of the plan must be the 50 triplets, and no finding
/// may pair documents of two triplets; mixed with generated stories, no finding pairs a real and a generated article.
/// </summary>
public class StoryRunTests
{
    private static ConsistencyPipeline Pipeline(StoryMode mode) =>
        new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Configure(o => o with { StoryMode = mode }).Build();

    [Test]
    public async Task The_fifty_real_stories_are_the_stories_of_one_run_and_no_finding_crosses_them()
    {
        var documents = await RealNewsStoryTests.LoadWithoutDatesAsync();
        var truth = documents.ToDictionary(d => d.Id, d => RealNewsStoryTests.TrueStory(d.Id));

        var run = await RunAsync(Pipeline(StoryMode.Automatic), documents);
        var before = await RunAsync(Pipeline(StoryMode.None), documents);
        var score = PairwiseScore.Of(run.Grouping(), truth);
        var crossing = run.Crossing(truth);
        var crossingBefore = before.Crossing(truth);

        TestContext.Out.WriteLine(
            $"150 articles in one run: {run.Plan.Stories.Length} stories, {run.Plan.Clusters.Length} clusters, {run.Findings.Count} findings; " +
            $"precision {new Proportion((int)score.Correct, (int)score.Found)}, recall {new Proportion((int)score.Correct, (int)score.Expected)}; " +
            $"findings pairing two triplets: {crossing} (without stories: {crossingBefore} of {before.Findings.Count})");
        run.Plan.Stories.Should().OnlyContain(s => s.Story != null);
        score.Precision.Should().BeGreaterThanOrEqualTo(0.95, score.ToString());
        score.Recall.Should().BeGreaterThanOrEqualTo(0.95, score.ToString());
        crossing.Should().Be(0, "no finding may pair documents of two triplets");
    }

    [Test]
    public async Task Real_and_generated_stories_share_no_finding()
    {
        var real = await RealNewsStoryTests.LoadWithoutDatesAsync();
        var generated = StoryGrouperTests.GeneratedDocuments(40, seed: 7);
        var origin = real.ToDictionary(d => d.Id, _ => "real");
        foreach (var document in generated)
        {
            origin[document.Id] = "generated";
        }

        var run = await RunAsync(Pipeline(StoryMode.Automatic), [.. real, .. generated]);
        var crossing = run.Crossing(origin);

        TestContext.Out.WriteLine($"150 real and {generated.Length} generated articles: {run.Plan.Stories.Length} stories, {run.Findings.Count} findings; real/generated findings: {crossing}");
        run.Plan.Stories.Should().NotContain(s => s.Story!.Members.Select(m => origin[m]).Distinct().Count() > 1, "no story holds both real and generated articles");
        run.Findings.Should().NotBeEmpty();
        crossing.Should().Be(0, "no finding pairs a real and a generated article");
    }

    [Test]
    public async Task Each_story_has_consecutive_clusters_with_unique_ids()
    {
        var generated = StoryGrouperTests.GeneratedDocuments(12, withCollections: true, seed: 3);
        var run = await RunAsync(Pipeline(StoryMode.Automatic), generated);
        var byCollection = await RunAsync(Pipeline(StoryMode.ByCollection), generated);

        foreach (var result in new[] { run, byCollection })
        {
            result.Plan.Clusters.Select(c => c.Id).Should().OnlyHaveUniqueItems();
            result.Plan.Clusters.Select(c => c.Id).Should().Equal(Enumerable.Range(1, result.Plan.Clusters.Length).Select(i => $"c{i}"));
            var next = 0;
            foreach (var story in result.Plan.Stories)
            {
                story.FirstCluster.Should().Be(next);
                next += story.ClusterCount;
            }

            next.Should().Be(result.Plan.Clusters.Length);
        }

        byCollection.Plan.Stories.Select(s => s.Story!.Collection).Should().OnlyHaveUniqueItems();
        run.Plan.Stories.Length.Should().BeGreaterThanOrEqualTo(byCollection.Plan.Stories.Length);
    }

    [Test]
    public async Task A_short_document_is_a_story_of_its_own_with_a_warning_unless_nothing_in_its_collection_can_be_grouped()
    {
        var shortOnes = new[]
        {
            new Document(new DocumentId("a"), "Flooding forced 5,000 people from their homes."),
            new Document(new DocumentId("b"), "Flooding forced 6,000 people from their homes."),
        };
        var article = StoryGrouperTests.GeneratedDocuments(1, seed: 3);

        // Beside an article long enough to be grouped, each short document is a story of its own: nothing is compared.
        var mixed = await RunAsync(Pipeline(StoryMode.Automatic), [.. shortOnes, .. article]);
        mixed.Plan.Stories.Where(s => s.Story!.Members.Length == 1 && s.Story.Members[0].Value.Length == 1).Should().HaveCount(2);
        mixed.Documents.Where(d => d.Id.Value.Length == 1)
            .Should().OnlyContain(d => d.Diagnostics.Any(x => x.Severity == DiagnosticSeverity.Warning && x.Message.Contains("content words")));
        mixed.Findings.Should().NotContain(f => f.AssertionIds.Any(id => id.Value.StartsWith("a@", StringComparison.Ordinal)));

        // Alone, content has nothing to tell stories apart by: the collection is one story, as given, and they are compared.
        var alone = await RunAsync(Pipeline(StoryMode.Automatic), shortOnes);
        alone.Plan.Stories.Should().ContainSingle();
        alone.Findings.Should().NotBeEmpty();
        alone.Findings.Should().BeEquivalentTo((await RunAsync(Pipeline(StoryMode.None), shortOnes)).Findings);
    }

    [Test]
    public async Task Compare_groups_by_the_signatures_extract_wrote_and_gives_the_report_of_check()
    {
        var documents = StoryGrouperTests.GeneratedDocuments(8, seed: 5);
        var pipeline = Pipeline(StoryMode.Automatic);
        var extracted = await pipeline.ExtractDocumentsAsync(documents.ToAsyncEnumerable()).ToListAsync();
        extracted.Should().OnlyContain(e => e.Signature != null);
        var file = Path.Combine(Path.GetTempPath(), $"cc-stories-{Guid.NewGuid():N}.jsonl");
        try
        {
            await using (var stream = File.Create(file))
            {
                await ConsistencyCheck.Assertions.AssertionLinesWriter.WriteAsync(extracted.ToAsyncEnumerable(), stream);
            }

            var read = await pipeline.ReadAssertionLinesAsync([file], () => Stream.Null);
            read.Signatures.Should().Equal(extracted.Select(e => e.Signature!), "the signature survives its line exactly");
            var checkedReport = await pipeline.CheckAsync(documents);
            var compared = await pipeline.CompareExtractedAsync(read);

            Json(compared).Should().Be(Json(checkedReport));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Json(ConsistencyCheck.Reporting.ConsistencyReport report)
    {
        using var stream = new MemoryStream();
        new ConsistencyCheck.Reporting.JsonReportWriter().WriteAsync(report, stream).GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static async Task<CapturedRun> RunAsync(ConsistencyPipeline pipeline, IEnumerable<Document> documents)
    {
        var sink = new CapturingSink();
        await pipeline.RunAsync(documents.ToAsyncEnumerable(), sink);
        return new CapturedRun(sink.Plan!, [.. sink.Chunks.SelectMany(c => c.Clusters).SelectMany(c => c.Findings)], [.. sink.Documents]);
    }

    private sealed record CapturedRun(ComparisonPlan Plan, List<Finding> Findings, List<DocumentSummary> Documents)
    {
        public StoryGrouping Grouping() => new([.. Plan.Stories.Select(s => s.Story!)], []);

        /// <summary>Findings whose assertions come from documents of more than one group of <paramref name="truth"/>.</summary>
        public int Crossing(IReadOnlyDictionary<DocumentId, string> truth)
        {
            var documentOf = Plan.Assertions.ToDictionary(a => a.Id, a => a.DocumentId);
            return Findings.Count(f => f.AssertionIds.Select(id => truth[documentOf[id]]).Distinct().Count() > 1);
        }
    }

    private sealed class CapturingSink : IFindingSink<ComparedChunk>
    {
        public ConcurrentQueue<DocumentSummary> Documents { get; } = new();

        public List<ComparedChunk> Chunks { get; } = [];

        public ComparisonPlan? Plan { get; private set; }

        public ValueTask AddDocumentAsync(DocumentSummary document, CancellationToken cancellationToken)
        {
            Documents.Enqueue(document);
            return ValueTask.CompletedTask;
        }

        public ValueTask BeginAsync(ComparisonPlan plan, CancellationToken cancellationToken)
        {
            Plan = plan;
            return ValueTask.CompletedTask;
        }

        public ComparedChunk Prepare(ComparedChunk chunk) => chunk;

        public ValueTask AddAsync(ComparedChunk part, CancellationToken cancellationToken)
        {
            Chunks.Add(part);
            return ValueTask.CompletedTask;
        }

        public ValueTask CompleteAsync(ComparisonOutcome outcome, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
