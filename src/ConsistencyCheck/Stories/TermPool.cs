using System.Collections.Concurrent;

namespace ConsistencyCheck.Stories;

/// <summary>
/// Shares equal term texts between the signatures of one run, so that holding the signatures of every document until
/// the barrier costs one copy of "flood" rather than one per document, and a term already seen is not allocated
/// again. Scoped to one run (never static): it holds each distinct term of the run once, which the run's signatures
/// hold anyway. Thread-safe. It changes no signature: the terms are equal strings, only shared.
/// </summary>
internal sealed class TermPool
{
    private readonly ConcurrentDictionary<string, string> _terms = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    /// <summary>Creates an empty pool.</summary>
    public TermPool() => _bySpan = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>The shared string equal to <paramref name="term"/>, made the first time it is asked for.</summary>
    public string Share(ReadOnlySpan<char> term)
    {
#if NET9_0_OR_GREATER
        if (_bySpan.TryGetValue(term, out var shared))
        {
            return shared;
        }
#endif
        var made = new string(term);
        return _terms.GetOrAdd(made, made);
    }
}
