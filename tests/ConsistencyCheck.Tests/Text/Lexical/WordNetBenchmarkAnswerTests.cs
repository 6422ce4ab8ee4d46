using ConsistencyCheck.Benchmarks.Text.Lexical;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Text.Lexical;

/// <summary>Runs each WordNet benchmark method once and checks its answer (the convention of tests/ConsistencyCheck.Tests/Benchmarks).</summary>
public class WordNetBenchmarkAnswerTests
{
    [Test]
    public void Load_benchmarks_read_the_whole_lexicon()
    {
        var benchmark = new WordNetLoadBenchmarks();
        benchmark.Inflate().Should().Be(1 + 1 + 147_306 + 1 + 117_659 + 4 + 2050 + 2401 + 1489 + 7 + 1, "the payload's line count");
        benchmark.Load().Should().Be(147_306);
    }

    [Test]
    public void Lookup_benchmarks_find_the_corpus_words()
    {
        var benchmark = new WordNetLookupBenchmarks { Stories = 12 };
        benchmark.Setup();
        var words = benchmark.WordCount;
        words.Should().BeGreaterThan(2000);
        benchmark.Frequency().Should().BeGreaterThan(10L * words, "news words are common ones");
        benchmark.Nouns().Should().BeInRange(words / 10, words / 2);
        benchmark.Lemmas().Should().BeInRange(words / 2, 2 * words);
        benchmark.Synonyms().Should().BeGreaterThan(words / 4);
        benchmark.People().Should().BeInRange(words / 100, words / 5);
    }
}
