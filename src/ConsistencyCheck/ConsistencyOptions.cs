using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Stories;

namespace ConsistencyCheck;

/// <summary>All options of a pipeline, one record per stage. Each stage's record documents its defaults.</summary>
public sealed record ConsistencyOptions
{
    /// <summary>Defaults for every stage.</summary>
    public static ConsistencyOptions Default { get; } = new();

    /// <summary>
    /// The default of <see cref="MaxDocumentTime"/>: 30 seconds, far more than a real article takes (about half a second
    /// per million characters of news prose on two cores), yet short enough that a runaway does not hold up a batch.
    /// </summary>
    public static TimeSpan DefaultMaxDocumentTime => TimeSpan.FromSeconds(30);

    /// <summary>The longest <see cref="MaxDocumentTime"/> that can be set short of infinite: 49 days (the limit of a timer).</summary>
    public static TimeSpan MaxAllowedDocumentTime => TimeSpan.FromMilliseconds(uint.MaxValue - 1.0);

    /// <summary>How mentions become assertions.</summary>
    public ExtractionOptions Assertions { get; init; } = ExtractionOptions.Default;

    /// <summary>How assertions are grouped.</summary>
    public ClusteringOptions Clustering { get; init; } = ClusteringOptions.Default;

    /// <summary>How figures are compared.</summary>
    public ComparisonOptions Comparison { get; init; } = ComparisonOptions.Default;

    /// <summary>
    /// How the run finds its stories: <see cref="StoryMode.Automatic"/> groups documents by what they report,
    /// <see cref="StoryMode.ByCollection"/> takes each collection as one story, <see cref="StoryMode.None"/> compares the
    /// whole run as one (as before stories). Findings never pair assertions of two stories. Default
    /// <see cref="StoryMode.Automatic"/>: a named collection splits only into unrelated parts, and documents too short to
    /// be grouped stay with their named collection, or are one story when none of their collection can be grouped
    /// (docs/stories.md).
    /// </summary>
    public StoryMode StoryMode { get; init; } = StoryMode.Automatic;

    /// <summary>How stories are found when <see cref="StoryMode"/> is <see cref="StoryMode.Automatic"/> (docs/stories.md).</summary>
    public StoryOptions Stories { get; init; } = StoryOptions.Default;

    /// <summary>
    /// How many documents are recognized at once. Default: the number of processors. Output does not depend on it.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The time budget of one document: how long recognizing it and building its assertions may take. Together with
    /// <see cref="Ingest.IngestOptions.MaxDocumentBytes"/> (its size) it is the per-document budget that keeps one runaway
    /// document from stalling a batch. A document that takes longer is abandoned within milliseconds: the batch methods
    /// (<see cref="ConsistencyPipeline.CheckAsync(IAsyncEnumerable{Ingest.Document}, CancellationToken)"/>,
    /// <see cref="ConsistencyPipeline.ExtractDocumentsAsync(IAsyncEnumerable{Ingest.Document}, CancellationToken)"/>) list
    /// it with an <see cref="Ingest.DiagnosticSeverity.Error"/> "not checked: … took longer than the limit of 30 s
    /// (ConsistencyOptions.MaxDocumentTime)" and no assertions, and go on with the other documents. Reading the
    /// document (ingest) and waiting for a free worker do not count.
    /// Default <see cref="DefaultMaxDocumentTime"/> (30 s); positive and at most <see cref="MaxAllowedDocumentTime"/>, or
    /// <see cref="Timeout.InfiniteTimeSpan"/> for no limit. Measured with the pipeline's clock
    /// (<see cref="ConsistencyPipelineBuilder.UseTimeProvider"/>), so the verdict depends on the machine's speed:
    /// keep it far above what a real article takes.
    /// </summary>
    public TimeSpan MaxDocumentTime { get; init; } = DefaultMaxDocumentTime;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Assertions, nameof(Assertions));
        ArgumentNullException.ThrowIfNull(Clustering, nameof(Clustering));
        ArgumentNullException.ThrowIfNull(Comparison, nameof(Comparison));
        ArgumentNullException.ThrowIfNull(Stories, nameof(Stories));
        Assertions.Validate();
        Comparison.Validate();
        Stories.Validate();
        if (!Enum.IsDefined(StoryMode))
        {
            throw new ArgumentException($"{nameof(StoryMode)} must be Automatic, ByCollection or None; it is {StoryMode}.", nameof(StoryMode));
        }

        if (MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentException($"{nameof(MaxDegreeOfParallelism)} must be at least 1; it is {MaxDegreeOfParallelism}.", nameof(MaxDegreeOfParallelism));
        }

        if (MaxDocumentTime != Timeout.InfiniteTimeSpan && (MaxDocumentTime <= TimeSpan.Zero || MaxDocumentTime > MaxAllowedDocumentTime))
        {
            throw new ArgumentException(
                $"{nameof(MaxDocumentTime)} must be positive and at most {MaxAllowedDocumentTime}, or Timeout.InfiniteTimeSpan for no limit; it is {MaxDocumentTime}.",
                nameof(MaxDocumentTime));
        }
    }
}
