using ConsistencyCheck.Assertions;
using ConsistencyCheck.Benchmarks.Corpus;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Reporting;

public class ComparingLineWriterTests
{
    private static readonly ConsistencyPipeline Pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();
    private string _folder = null!;
    private List<Document> _documents = null!;

    // Enough stories for several chunks of clusters (a chunk holds 64).
    [OneTimeSetUp]
    public async Task Generate()
    {
        _folder = Directory.CreateTempSubdirectory("cc-comparing-").FullName;
        var corpus = Path.Combine(_folder, "corpus.jsonl");
        CorpusFiles.Write(new StoryGenerator(seed: 11) { IncludeKnownIssues = false }, 60, corpus, Path.Combine(_folder, "truth.jsonl"));
        _documents = await new DocumentLoader().LoadAsync([corpus, TestPaths.Samples]).ToListAsync();
    }

    [OneTimeTearDown]
    public void Remove() => Directory.Delete(_folder, recursive: true);

    private (System.Collections.Immutable.ImmutableArray<Assertion> Assertions, IReadOnlyList<AssertionCluster> Clusters) Clustered()
    {
        var assertions = AssertionOrder.ById(_documents.SelectMany(d => Pipeline.Extract(d)), 2);
        return (assertions, Pipeline.Cluster(assertions));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task Comparing_on_the_workers_writes_the_bytes_of_the_streaming_overload(int degree)
    {
        var (assertions, clusters) = Clustered();
        clusters.Should().HaveCountGreaterThan(3 * 64);

        using var streamed = new MemoryStream();
        var expected = await new JsonLinesReportWriter().WriteAsync(_documents.Count, [], assertions, Pipeline.CompareByCluster(assertions, clusters), streamed);
        using var compared = new MemoryStream();
        var summary = await JsonLinesReportWriter.WriteAsync(_documents.Count, [], assertions, clusters, Pipeline.ClusterComparison(assertions), degree, compared);

        summary.Should().Be(expected);
        compared.ToArray().Should().Equal(streamed.ToArray());
    }

    [Test]
    public async Task A_failing_comparison_stops_the_write_and_surfaces_its_error()
    {
        var (assertions, clusters) = Clustered();
        var compare = Pipeline.ClusterComparison(assertions);
        var failing = clusters[clusters.Count / 2];

        using var output = new MemoryStream();
        var act = () => JsonLinesReportWriter.WriteAsync(_documents.Count, [], assertions, clusters,
            c => ReferenceEquals(c, failing) ? throw new InvalidOperationException("boom") : compare(c), 2, output);

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("boom");
    }
}
