namespace ConsistencyCheck.Cli;

/// <summary>The standard streams a command reads and writes; tests substitute their own.</summary>
/// <param name="Input">Standard input.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record CliStreams(TextReader Input, TextWriter Output, TextWriter Error);
