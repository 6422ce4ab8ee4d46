using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConsistencyCheck.Tests.RealNews;

/// <summary>One annotated figure of a real-news article (docs/evaluation.md, sections 2 and 4).</summary>
public sealed record AnnotatedFigure
{
    public required string Id { get; init; }

    public required string Doc { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Quote { get; init; }

    public required string Kind { get; init; }

    public string Thing { get; init; } = string.Empty;

    public ImmutableArray<string> Heads { get; init; } = [];

    public string Hedge { get; init; } = "exact";

    public string? Period { get; init; }

    public string? SameAs { get; init; }

    /// <summary>True when the figure and the span overlap in the same document.</summary>
    public bool Overlaps(string doc, int start, int end) => Doc == doc && start < End && Start < end;
}

/// <summary>Two figures of two outlets about the same thing, or a trap (docs/evaluation.md, section 3).</summary>
public sealed record AnnotatedPair
{
    public required string A { get; init; }

    public required string B { get; init; }

    public required string Relation { get; init; }

    public string Note { get; init; } = string.Empty;
}

/// <summary>The annotation of one story: its figures and its pairs.</summary>
public sealed record StoryAnnotation
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private FrozenDictionary<string, AnnotatedFigure>? _byId;

    public required string Story { get; init; }

    public string Annotator { get; init; } = string.Empty;

    public ImmutableArray<AnnotatedFigure> Figures { get; init; } = [];

    public ImmutableArray<AnnotatedPair> Pairs { get; init; } = [];

    /// <summary>The figure with this id.</summary>
    public AnnotatedFigure this[string id] => (_byId ??= Figures.ToFrozenDictionary(f => f.Id))[id];

    /// <summary>The first mention of a figure: itself, or the figure its <c>sameAs</c> names.</summary>
    public string Root(string id) => this[id].SameAs ?? id;

    /// <summary>Reads an annotation file.</summary>
    public static StoryAnnotation Load(string path) =>
        JsonSerializer.Deserialize<StoryAnnotation>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path}: empty annotation file.");
}
