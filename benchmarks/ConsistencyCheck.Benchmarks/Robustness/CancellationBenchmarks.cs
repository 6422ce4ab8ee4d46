using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck.Benchmarks.Robustness;

/// <summary>
/// The per-document time budget and in-document cancellation at work: a batch of sample articles alone (the baseline),
/// the same batch with a runaway document (millions of characters of figures, seconds of work) under a budget of
/// <see cref="LimitMilliseconds"/> and without one, and the runaway alone cancelled by its caller after
/// <see cref="LimitMilliseconds"/>. With the budget the batch costs about the baseline plus the limit; without it, the
/// whole runaway. In <see cref="CancelInsideRunaway"/> the mean minus the limit is the cancellation latency.
/// Single invocations (monitoring strategy), like <see cref="PathologicalInputBenchmarks"/>.
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project benchmarks/ConsistencyCheck.Benchmarks -- --filter '*CancellationBenchmarks*'</c>.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CancellationBenchmarks
{
    /// <summary>The runaway's time budget, and when its caller cancels it.</summary>
    public const int LimitMilliseconds = 100;

    private ImmutableArray<Document> _articles;
    private ImmutableArray<Document> _withRunaway;
    private Document _runaway = null!;
    private ConsistencyPipeline _limited = null!;
    private ConsistencyPipeline _unlimited = null!;

    /// <summary>The runaway's size in characters (number-dense text, see <see cref="PathologicalInputs"/>).</summary>
    [Params(2 << 20)]
    public int RunawaySize { get; set; } = 2 << 20;

    /// <summary>Loads the articles, builds the runaway and the two pipelines, outside the measured methods.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkCorpus.LoadAsync(4).GetAwaiter().GetResult().Documents;
        _runaway = new Document(new DocumentId("runaway.txt"), PathologicalInputs.Build("number-dense", RunawaySize)) { Source = "runaway.txt" };
        _withRunaway = _articles.Add(_runaway);
        _limited = Build(TimeSpan.FromMilliseconds(LimitMilliseconds));
        _unlimited = Build(Timeout.InfiniteTimeSpan);
    }

    /// <summary>Baseline: the articles alone.</summary>
    [Benchmark(Baseline = true)]
    public ConsistencyReport Articles() => _unlimited.CheckAsync(_articles).GetAwaiter().GetResult();

    /// <summary>The articles and the runaway, which is abandoned at its budget and listed as not checked.</summary>
    [Benchmark]
    public ConsistencyReport ArticlesAndRunawayWithBudget() => _limited.CheckAsync(_withRunaway).GetAwaiter().GetResult();

    /// <summary>The articles and the runaway, read to the end.</summary>
    [Benchmark]
    public ConsistencyReport ArticlesAndRunawayWithoutBudget() => _unlimited.CheckAsync(_withRunaway).GetAwaiter().GetResult();

    /// <summary>The runaway alone, cancelled by its caller after <see cref="LimitMilliseconds"/>: returns whether it was (false when it finished first).</summary>
    [Benchmark]
    public bool CancelInsideRunaway()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(LimitMilliseconds));
        try
        {
            _unlimited.Extract(_runaway, cancel.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    private static ConsistencyPipeline Build(TimeSpan limit) =>
        new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Configure(o => o with { MaxDocumentTime = limit }).Build();
}
