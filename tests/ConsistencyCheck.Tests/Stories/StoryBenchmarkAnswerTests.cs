using ConsistencyCheck.Benchmarks.Stories;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Stories;

/// <summary>Runs each story benchmark method once and checks its answer, so no benchmark silently measures broken code.</summary>
public class StoryBenchmarkAnswerTests
{
    [Test]
    public void Signature_benchmarks_read_every_document()
    {
        var benchmark = new StorySignatureBenchmarks { Documents = 100 };
        benchmark.Setup();
        benchmark.Characters.Should().BeGreaterThan(100 * 1000);
        benchmark.Tokenize().Should().BeGreaterThan(100 * 200);
        benchmark.Recognize().Should().BeGreaterThan(100);
        benchmark.Signatures().Should().BeGreaterThan(100 * 20).And.BeLessThanOrEqualTo(110 * 96);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Grouping_benchmarks_find_stories(bool collections)
    {
        var benchmark = new StoryGroupingBenchmarks { Documents = 300, Collections = collections };
        benchmark.Setup();
        var stories = benchmark.Group();

        // About 4.5 documents per generated story: with collections every story is found; without, stories of the same
        // town and topic merge (their generated text shares whole background paragraphs; docs/stories.md), but not all of them.
        stories.Should().BeInRange(collections ? 55 : 2, collections ? 80 : 300);
    }
}
