using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ConsistencyCheck.Stories;

namespace ConsistencyCheck.Benchmarks.Stories;

/// <summary>
/// Grouping the signatures of 10,000 and 100,000 generated documents into stories (the barrier after reading). With
/// collections, each generated story is its own collection, as when a user names them; without, every document is in
/// one collection and the grouper must find the stories itself. The generated corpus is a stress case for the latter:
/// its stories are written from twenty towns and a handful of topics, so thousands of documents share their heaviest
/// terms and the block cap (<see cref="StoryOptions.MaxBlockSize"/>) bounds the work.
/// </summary>
[MemoryDiagnoser]
public class StoryGroupingBenchmarks
{
    private ImmutableArray<StorySignature> _signatures;

    [Params(10_000, 100_000)]
    public int Documents { get; set; } = 10_000;

    [Params(true, false)]
    public bool Collections { get; set; } = true;

    [GlobalSetup]
    public void Setup() => _signatures = StoryCorpus.Signatures(Documents, Collections);

    /// <summary>Groups every signature; returns the number of stories.</summary>
    [Benchmark]
    public int Group() => new StoryGrouper().Group(_signatures).Stories.Length;
}
