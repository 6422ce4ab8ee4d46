using System.Diagnostics;

namespace ConsistencyCheck;

/// <summary>
/// Counts and times a run as it goes: documents, characters, assertions, clusters and findings, and the time
/// spent in each stage. Set one on the builder (<see cref="ConsistencyPipelineBuilder.UseMeter"/>); every run of the pipeline adds to it; read it when the run is done.
/// Thread-safe: extraction workers add to it concurrently.
/// </summary>
/// <remarks>
/// Recognition and assertion times are summed over worker threads (CPU-seconds of work, which exceed the wall
/// time when several cores work at once); extraction, clustering and comparison times are wall-clock.
/// </remarks>
public sealed class ConsistencyMeter
{
    private long _documents;
    private long _unreadable;
    private long _inputErrors;
    private long _characters;
    private long _assertions;
    private long _clusters;
    private long _findings;
    private long _recognitionTicks;
    private long _assertionTicks;
    private long _extractTicks;
    private long _clusterTicks;
    private long _compareTicks;
    private long _signatureTicks;
    private long _groupingTicks;

    /// <summary>Documents read, also the unreadable ones.</summary>
    public long Documents => Interlocked.Read(ref _documents);

    /// <summary>Documents that could not be read (an error diagnostic).</summary>
    public long UnreadableDocuments => Interlocked.Read(ref _unreadable);

    /// <summary>Inputs that were not documents (a path that does not exist); not counted in <see cref="Documents"/>.</summary>
    public long InputErrors => Interlocked.Read(ref _inputErrors);

    /// <summary>UTF-16 characters of document text recognized.</summary>
    public long Characters => Interlocked.Read(ref _characters);

    /// <summary>Assertions extracted.</summary>
    public long Assertions => Interlocked.Read(ref _assertions);

    /// <summary>Clusters formed.</summary>
    public long Clusters => Interlocked.Read(ref _clusters);

    /// <summary>Findings reported.</summary>
    public long Findings => Interlocked.Read(ref _findings);

    /// <summary>Time spent recognizing numbers, quantities and dates, summed over worker threads.</summary>
    public TimeSpan Recognition => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _recognitionTicks));

    /// <summary>Time spent building assertions from mentions, summed over worker threads.</summary>
    public TimeSpan AssertionBuilding => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _assertionTicks));

    /// <summary>
    /// Time spent computing story signatures (<see cref="Stories.StorySignature.FromDocument"/>) on the extraction workers,
    /// summed over worker threads; zero unless stories are found automatically (<see cref="Stories.StoryMode.Automatic"/>).
    /// Part of <see cref="Extraction"/>, apart from <see cref="Recognition"/> and <see cref="AssertionBuilding"/>.
    /// </summary>
    public TimeSpan StorySignatures => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _signatureTicks));

    /// <summary>
    /// Wall-clock time of grouping the documents into stories at the barrier (<see cref="Stories.StoryGrouper.Group"/> and
    /// placing the documents without a signature); zero with <see cref="Stories.StoryMode.None"/>. Part of <see cref="Clustering"/>.
    /// </summary>
    public TimeSpan StoryGrouping => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _groupingTicks));

    /// <summary>Wall-clock time of the first half: reading, recognizing and extracting every document (they overlap).</summary>
    public TimeSpan Extraction => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _extractTicks));

    /// <summary>Wall-clock time of clustering.</summary>
    public TimeSpan Clustering => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _clusterTicks));

    /// <summary>Wall-clock time of comparison.</summary>
    public TimeSpan Comparison => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _compareTicks));

    /// <summary>Counts one document of <paramref name="characters"/> characters and the time its two steps took (<see cref="Stopwatch"/> ticks).</summary>
    public void AddDocument(long characters, bool unreadable, int assertions, long recognitionTicks, long assertionTicks)
    {
        Interlocked.Increment(ref _documents);
        if (unreadable)
        {
            Interlocked.Increment(ref _unreadable);
        }

        Interlocked.Add(ref _characters, characters);
        Interlocked.Add(ref _assertions, assertions);
        Interlocked.Add(ref _recognitionTicks, recognitionTicks);
        Interlocked.Add(ref _assertionTicks, assertionTicks);
    }

    /// <summary>Adds the time (<see cref="Stopwatch"/> ticks) one worker spent on one document's story signature.</summary>
    public void AddStorySignature(long ticks) => Interlocked.Add(ref _signatureTicks, ticks);

    /// <summary>Adds wall-clock time (<see cref="Stopwatch"/> ticks) spent grouping documents into stories at the barrier.</summary>
    public void AddStoryGrouping(long ticks) => Interlocked.Add(ref _groupingTicks, ticks);

    /// <summary>Counts one input that was not a document (<see cref="Reporting.ConsistencyReport.InputErrors"/>).</summary>
    public void AddInputError() => Interlocked.Increment(ref _inputErrors);

    /// <summary>Counts <paramref name="assertions"/> assertions read from elsewhere (an assertions file).</summary>
    public void AddAssertions(long assertions) => Interlocked.Add(ref _assertions, assertions);

    /// <summary>Adds wall-clock time (<see cref="Stopwatch"/> ticks) to the extraction stage.</summary>
    public void AddExtraction(long ticks) => Interlocked.Add(ref _extractTicks, ticks);

    /// <summary>Counts <paramref name="clusters"/> clusters formed in <paramref name="ticks"/> (<see cref="Stopwatch"/> ticks).</summary>
    public void AddClustering(long clusters, long ticks)
    {
        Interlocked.Add(ref _clusters, clusters);
        Interlocked.Add(ref _clusterTicks, ticks);
    }

    /// <summary>Counts <paramref name="findings"/> findings made in <paramref name="ticks"/> (<see cref="Stopwatch"/> ticks).</summary>
    public void AddComparison(long findings, long ticks)
    {
        Interlocked.Add(ref _findings, findings);
        Interlocked.Add(ref _compareTicks, ticks);
    }
}
