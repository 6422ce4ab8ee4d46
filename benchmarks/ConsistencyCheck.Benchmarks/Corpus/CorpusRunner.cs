namespace ConsistencyCheck.Benchmarks.Corpus;

/// <summary>Placeholder replaced below.</summary>
public static class CorpusRunner
{
    /// <summary>Runs.</summary>
    public static Task<int> RunAsync(Dictionary<string, string> options) => Task.FromResult(options.Count);
}
