namespace ConsistencyCheck.Tests.Recognition.Numbers.Specs;

/// <summary>One case of a Recognizers-Text spec file (test data only; see ../shared/specs/recognizers-text/README.md).</summary>
public sealed record SpecCase(string Input, IReadOnlyList<SpecResult> Results, string NotSupported);
