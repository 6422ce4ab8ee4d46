namespace ConsistencyCheck.Cli;

/// <summary>The pipeline the command line runs: every built-in recognizer with default options.</summary>
internal static class PipelineFactory
{
    public static ConsistencyPipeline Create() =>
        new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();
}
