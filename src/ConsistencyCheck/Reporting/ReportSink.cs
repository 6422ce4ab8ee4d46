using System.Collections.Immutable;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// The sink that builds the in-memory <see cref="ConsistencyReport"/>: it keeps every document and finding and, when
/// the run completes, sorts them as the report lists them. For one run only; not thread-safe beyond what
/// <see cref="IFindingSink{TPart}"/> asks.
/// </summary>
public sealed class ReportSink : IFindingSink<ImmutableArray<ClusterFindings>>
{
    private readonly List<DocumentSummary> _documents = [];
    private readonly List<Finding> _findings = [];
    private ComparisonPlan? _plan;
    private ConsistencyReport? _report;

    /// <summary>The report, once the run has completed.</summary>
    /// <exception cref="InvalidOperationException">The run has not completed.</exception>
    public ConsistencyReport Report => _report ?? throw new InvalidOperationException("The run has not completed: there is no report yet.");

    /// <inheritdoc/>
    public ValueTask AddDocumentAsync(DocumentSummary document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents.Add(document);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask BeginAsync(ComparisonPlan plan, CancellationToken cancellationToken)
    {
        _plan = plan ?? throw new ArgumentNullException(nameof(plan));
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ImmutableArray<ClusterFindings> Prepare(ComparedChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        return chunk.Clusters;
    }

    /// <inheritdoc/>
    public ValueTask AddAsync(ImmutableArray<ClusterFindings> part, CancellationToken cancellationToken)
    {
        foreach (var cluster in part)
        {
            _findings.AddRange(cluster.Findings);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask CompleteAsync(ComparisonOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var plan = _plan ?? throw new InvalidOperationException("The run completed without a plan.");
        var (read, inputErrors) = InputError.Split(_documents);
        _report = new ConsistencyReport
        {
            Documents = [.. DocumentSummary.InReportOrder(outcome.WithWarnings(read))],
            Assertions = plan.Assertions,
            Clusters = plan.Clusters,

            // Gathered in cluster order, each cluster's findings sorted by the ids the stable sort ends with, so the
            // sequence is the one the report has always had.
            Findings = ClusterFindings.InReportOrder(_findings),
            InputErrors = [.. inputErrors],

            // Null stories: the run was not grouped (StoryMode.None), and the report is the one of before stories.
            Stories = [.. plan.Stories.Select(s => s.Story).OfType<Stories.Story>()],
        };
        _documents.Clear();
        _findings.Clear();
        return ValueTask.CompletedTask;
    }
}
