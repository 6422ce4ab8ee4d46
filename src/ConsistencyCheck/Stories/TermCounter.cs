using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace ConsistencyCheck.Stories;

/// <summary>
/// Adds up the occurrences of the terms of one document and turns them into signature weights. One per document,
/// single-threaded; terms are numbered (<see cref="Intern"/>) and kept as spans in pooled buffers, and only the terms
/// kept in the signature become strings. Dispose it to return the buffers.
/// </summary>
internal sealed class TermCounter : IDisposable
{
    private readonly SpanTable _terms = new(512);
    private double[] _occurrences;
    private double[] _specificity;

    public TermCounter()
    {
        _occurrences = ArrayPool<double>.Shared.Rent(_terms.Capacity);
        _specificity = ArrayPool<double>.Shared.Rent(_terms.Capacity);
    }

    /// <summary>Content words seen (words that are not function words).</summary>
    public int ContentWords { get; set; }

    /// <summary>The number of <paramref name="term"/>, which counts nothing until <see cref="Add(int, double, double)"/>.</summary>
    public int Intern(ReadOnlySpan<char> term)
    {
        var id = _terms.GetOrAdd(term, out var added);
        if (added)
        {
            if (id >= _occurrences.Length)
            {
                _occurrences = Grow(_occurrences, id);
                _specificity = Grow(_specificity, id);
            }

            _occurrences[id] = 0;
            _specificity[id] = 0;
        }

        return id;
    }

    /// <summary>Counts one occurrence of <paramref name="term"/> with weight <paramref name="occurrence"/> and specificity in [0, 1].</summary>
    public void Add(ReadOnlySpan<char> term, double occurrence, double specificity) => Add(Intern(term), occurrence, specificity);

    /// <summary>Counts one occurrence of term number <paramref name="term"/> (from <see cref="Intern"/>).</summary>
    public void Add(int term, double occurrence, double specificity)
    {
        _occurrences[term] += occurrence;
        if (specificity > _specificity[term])
        {
            _specificity[term] = specificity;
        }
    }

    /// <summary>
    /// The heaviest <paramref name="maxTerms"/> terms as a unit vector: a term weighs <c>(1 + ln occurrences) × specificity</c>
    /// (sublinear in repeats, so a name said twenty times does not drown the words of the event); ties go to the
    /// ordinal order of the text, so the result does not depend on the order of reading.
    /// </summary>
    /// <param name="maxTerms">The most terms kept.</param>
    /// <param name="pool">Shares the term texts across a run's signatures; null makes a string per term.</param>
    public ImmutableArray<StoryTerm> Result(int maxTerms, TermPool? pool = null)
    {
        var weighted = ArrayPool<(int Term, double Weight)>.Shared.Rent(Math.Max(1, _terms.Count));
        try
        {
            var count = 0;
            for (var id = 0; id < _terms.Count; id++)
            {
                // A term interned but never counted has no occurrence and no weight.
                if (_occurrences[id] > 0 && (1 + Math.Log(_occurrences[id])) * _specificity[id] is var weight && weight > 0)
                {
                    weighted[count++] = (id, weight);
                }
            }

            var span = weighted.AsSpan(0, count);
            var kept = Math.Min(maxTerms, count);
            var order = new HeaviestFirst(_terms);

            // The order is total (terms are distinct), so selecting the heaviest first and sorting only them gives the
            // same terms in the same order as sorting all.
            SelectHeaviest(span, kept, order);
            span[..kept].Sort(order);
            var norm = 0.0;
            for (var i = 0; i < kept; i++)
            {
                norm += span[i].Weight * span[i].Weight;
            }

            norm = Math.Sqrt(norm);
            var terms = new StoryTerm[kept];
            for (var i = 0; i < kept; i++)
            {
                terms[i] = new StoryTerm(pool?.Share(_terms[span[i].Term]) ?? new string(_terms[span[i].Term]), Math.Max(float.Epsilon, (float)(span[i].Weight / norm)));
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(terms);
        }
        finally
        {
            ArrayPool<(int, double)>.Shared.Return(weighted);
        }
    }

    public void Dispose()
    {
        _terms.Dispose();
        ArrayPool<double>.Shared.Return(_occurrences);
        ArrayPool<double>.Shared.Return(_specificity);
    }

    private static double[] Grow(double[] array, int count)
    {
        var grown = ArrayPool<double>.Shared.Rent(array.Length * 2);
        array.AsSpan(0, count).CopyTo(grown);
        ArrayPool<double>.Shared.Return(array);
        return grown;
    }

    /// <summary>Moves the <paramref name="kept"/> first entries of <paramref name="order"/> to the front, in any order (quickselect).</summary>
    private static void SelectHeaviest(Span<(int Term, double Weight)> entries, int kept, HeaviestFirst order)
    {
        var low = 0;
        var high = entries.Length - 1;
        while (low < high && kept > low && kept <= high)
        {
            // Median of three as the pivot, then a Lomuto partition.
            var middle = low + ((high - low) / 2);
            if (order.Compare(entries[middle], entries[low]) < 0)
            {
                (entries[middle], entries[low]) = (entries[low], entries[middle]);
            }

            if (order.Compare(entries[high], entries[low]) < 0)
            {
                (entries[high], entries[low]) = (entries[low], entries[high]);
            }

            if (order.Compare(entries[middle], entries[high]) < 0)
            {
                (entries[middle], entries[high]) = (entries[high], entries[middle]);
            }

            var pivot = entries[high];
            var store = low;
            for (var i = low; i < high; i++)
            {
                if (order.Compare(entries[i], pivot) < 0)
                {
                    (entries[i], entries[store]) = (entries[store], entries[i]);
                    store++;
                }
            }

            (entries[store], entries[high]) = (entries[high], entries[store]);
            if (store < kept)
            {
                low = store + 1;
            }
            else
            {
                high = store - 1;
            }
        }
    }

    private readonly struct HeaviestFirst(SpanTable terms) : IComparer<(int Term, double Weight)>
    {
        public int Compare((int Term, double Weight) a, (int Term, double Weight) b) =>
            b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : terms[a.Term].SequenceCompareTo(terms[b.Term]);
    }
}
