using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ConsistencyCheck.Stories;

/// <summary>
/// The names of the story modes as users write them (<c>--stories auto</c>), and the one place they are turned into
/// <see cref="StoryMode"/>: <c>auto</c> (<see cref="StoryMode.Automatic"/>), <c>collection</c>
/// (<see cref="StoryMode.ByCollection"/>) and <c>none</c> (<see cref="StoryMode.None"/>). Case-sensitive.
/// </summary>
public static class StoryModeNames
{
    private static readonly FrozenDictionary<string, StoryMode> ModesByName = new Dictionary<string, StoryMode>(StringComparer.Ordinal)
    {
        ["auto"] = StoryMode.Automatic,
        ["collection"] = StoryMode.ByCollection,
        ["none"] = StoryMode.None,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The names, in the order help lists them: auto, collection, none.</summary>
    public static ImmutableArray<string> Names { get; } = ["auto", "collection", "none"];

    /// <summary>The mode named <paramref name="name"/> (one of <see cref="Names"/>).</summary>
    /// <param name="name">The name.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> names no story mode.</exception>
    public static StoryMode Parse(string name) =>
        ModesByName.TryGetValue(name ?? throw new ArgumentNullException(nameof(name)), out var mode)
            ? mode
            : throw new ArgumentException($"'{name}' is not a story mode: use one of {string.Join(", ", Names)}.", nameof(name));

    /// <summary>The name of <paramref name="mode"/>.</summary>
    /// <param name="mode">The mode.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined mode.</exception>
    public static string Of(StoryMode mode) => mode switch
    {
        StoryMode.Automatic => "auto",
        StoryMode.ByCollection => "collection",
        StoryMode.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a story mode."),
    };
}
