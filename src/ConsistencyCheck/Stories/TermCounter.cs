using System.Collections.Immutable;

namespace ConsistencyCheck.Stories;

/// <summary>
/// Adds up the occurrences of the terms of one document and turns them into signature weights. One per document,
/// single-threaded.
/// </summary>
internal sealed class TermCounter
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
#endif
    private readonly List<Entry> _entries = [];

    public TermCounter()
    {
#if NET9_0_OR_GREATER
        _bySpan = _index.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>Content words seen (words that are not function words).</summary>
    public int ContentWords { get; set; }

    /// <summary>Counts one occurrence of <paramref name="term"/> with weight <paramref name="occurrence"/> and specificity in [0, 1].</summary>
    public void Add(ReadOnlySpan<char> term, double occurrence, double specificity)
    {
#if NET9_0_OR_GREATER
        if (!_bySpan.TryGetValue(term, out var at))
        {
            at = _entries.Count;
            _bySpan[term] = at;
            _entries.Add(new Entry(new string(term)));
        }
#else
        var text = new string(term);
        if (!_index.TryGetValue(text, out var at))
        {
            at = _entries.Count;
            _index[text] = at;
            _entries.Add(new Entry(text));
        }
#endif
        var entry = _entries[at];
        entry.Occurrences += occurrence;
        entry.Specificity = Math.Max(entry.Specificity, specificity);
    }

    /// <summary>
    /// The heaviest <paramref name="maxTerms"/> terms as a unit vector: a term weighs <c>(1 + ln occurrences) × specificity</c>
    /// (sublinear in repeats, so a name said twenty times does not drown the words of the event); ties go to the
    /// ordinal order of the text, so the result does not depend on the order of reading.
    /// </summary>
    public ImmutableArray<StoryTerm> Result(int maxTerms)
    {
        var weighted = new List<(string Text, double Weight)>(_entries.Count);
        foreach (var entry in _entries)
        {
            var weight = (1 + Math.Log(entry.Occurrences)) * entry.Specificity;
            if (weight > 0)
            {
                weighted.Add((entry.Text, weight));
            }
        }

        weighted.Sort(static (a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : string.CompareOrdinal(a.Text, b.Text));
        var kept = Math.Min(maxTerms, weighted.Count);
        var norm = 0.0;
        for (var i = 0; i < kept; i++)
        {
            norm += weighted[i].Weight * weighted[i].Weight;
        }

        norm = Math.Sqrt(norm);
        var terms = ImmutableArray.CreateBuilder<StoryTerm>(kept);
        for (var i = 0; i < kept; i++)
        {
            terms.Add(new StoryTerm(weighted[i].Text, Math.Max(float.Epsilon, (float)(weighted[i].Weight / norm))));
        }

        return terms.MoveToImmutable();
    }

    private sealed class Entry(string text)
    {
        public string Text { get; } = text;

        public double Occurrences { get; set; }

        public double Specificity { get; set; }
    }
}
