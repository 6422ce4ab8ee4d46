using ConsistencyCheck.Comparison;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>A run of the pipeline with the sink still to be chosen: <c>check</c> runs the whole check, <c>compare</c> the second half.</summary>
internal interface IRun
{
    Task<ComparisonOutcome> RunAsync<TPart>(IFindingSink<TPart> sink, CancellationToken cancellationToken);
}
