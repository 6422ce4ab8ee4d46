using System.Collections.Frozen;

namespace ConsistencyCheck.Recognition.Lexicons;

/// <summary>
/// An immutable set of words (ordinal comparison) looked up by span: without allocation on .NET 9 and later through the
/// frozen set's alternate lookup, by a temporary string on .NET 8.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _set;
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#endif

    /// <summary>Creates the set from <paramref name="words"/>.</summary>
    public WordSet(IEnumerable<string> words)
    {
        _set = words.ToFrozenSet(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>True when <paramref name="word"/> is in the set (exact, case-sensitive).</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }
#if NET9_0_OR_GREATER
        return _lookup.Contains(word);
#else
        return _set.Contains(word.ToString());
#endif
    }
}
