namespace ConsistencyCheck.Recognition.Lexicons;

/// <summary>One surface form of a unit in <see cref="UnitLexicon"/>.</summary>
/// <param name="Surface">Lower-case spelling; a space matches any run of spaces.</param>
/// <param name="Unit">The unit it names.</param>
/// <param name="Type">The entity type of a figure carrying it.</param>
/// <param name="AttachedOnly">True for one-letter symbols that count only glued to the digits ("40C", "100t").</param>
/// <param name="CaseSensitive">True when only the listed case counts ("MW" but not "mw").</param>
/// <param name="Multiplier">What the surface multiplies the figure by: 1000000 for "MUSD" (millions of US dollars), otherwise 1.</param>
internal sealed record UnitEntry(string Surface, Unit Unit, EntityType Type, bool AttachedOnly, bool CaseSensitive, decimal Multiplier = 1m)
{
    /// <summary>The surface in lower case, as <see cref="Numbers.TextScan.MatchAt"/> compares.</summary>
    public string Lower { get; } = Surface.ToLowerInvariant();
}
