namespace ConsistencyCheck.Cli;

/// <summary>The pipeline the command line runs: every built-in recognizer with default options, counting in a meter.</summary>
internal static class PipelineFactory
{
    public static ConsistencyPipeline Create(ConsistencyMeter? meter = null, Stories.StoryMode stories = Stories.StoryMode.Automatic)
    {
        var builder = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Configure(o => o with { StoryMode = stories });
        return (meter is null ? builder : builder.UseMeter(meter)).Build();
    }
}
