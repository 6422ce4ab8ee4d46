namespace ConsistencyCheck.Stories;

/// <summary>
/// Average-linkage agglomerative clustering over the sparse graph of links: repeatedly merges the two groups whose
/// documents are most alike on average (the sum of their links over the product of their sizes, a pair without a link
/// counting as 0), while that average reaches the threshold. A document that mentions two stories links to both, but
/// once it has joined one, the average between that group and the other story is diluted by every member without a
/// link, so unrelated stories are not chained through it (what plain union-find would do).
/// </summary>
/// <remarks>
/// Near-linear: each merge folds the smaller neighbour table into the larger and re-queues the merged group's
/// neighbours; stale queue entries are skipped when popped. Deterministic: ties go to the smaller group indexes, and a
/// merged group keeps the smaller index, which is its first document in sorted order.
/// </remarks>
internal sealed class AverageLinkage
{
    private readonly int[] _parent;
    private readonly int[] _size;
    private readonly Dictionary<int, double>[] _links;
    private readonly PriorityQueue<(int A, int B), (double Average, int A, int B)> _queue = new(Comparer<(double Average, int A, int B)>.Create(
        static (x, y) => x.Average != y.Average ? y.Average.CompareTo(x.Average) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B)));

    /// <param name="count">The number of documents; each starts as a group of its own.</param>
    /// <param name="links">Links between documents, each pair once.</param>
    public AverageLinkage(int count, IEnumerable<CandidateFinder.Link> links)
    {
        _parent = [.. Enumerable.Range(0, count)];
        _size = [.. Enumerable.Repeat(1, count)];
        _links = new Dictionary<int, double>[count];
        foreach (var link in links)
        {
            Table(link.A)[link.B] = link.Similarity;
            Table(link.B)[link.A] = link.Similarity;
            _queue.Enqueue((link.A, link.B), (link.Similarity, link.A, link.B));
        }
    }

    /// <summary>Merges groups, most alike first, while their average link reaches <paramref name="threshold"/>.</summary>
    public void Merge(double threshold)
    {
        while (_queue.TryDequeue(out var pair, out var priority) && priority.Average >= threshold)
        {
            var (a, b) = pair;
            if (_parent[a] != a || _parent[b] != b || Average(a, b) != priority.Average)
            {
                continue;
            }

            // The larger table absorbs the smaller; the group keeps the smaller index either way.
            var (keep, gone) = a < b ? (a, b) : (b, a);
            var kept = Table(keep);
            var absorbed = Table(gone);
            kept.Remove(gone);
            absorbed.Remove(keep);
            if (kept.Count < absorbed.Count)
            {
                (kept, absorbed) = (absorbed, kept);
            }

            foreach (var (other, sum) in absorbed)
            {
                kept[other] = kept.GetValueOrDefault(other) + sum;
            }

            _links[keep] = kept;
            _links[gone] = null!;
            _parent[gone] = keep;
            _size[keep] += _size[gone];
            foreach (var (other, sum) in kept)
            {
                var table = _links[other];
                table.Remove(gone);
                table[keep] = sum;
                var (x, y) = keep < other ? (keep, other) : (other, keep);
                _queue.Enqueue((x, y), (Average(x, y), x, y));
            }
        }
    }

    /// <summary>The group (its smallest document index) of document <paramref name="index"/>.</summary>
    public int Root(int index)
    {
        var root = index;
        while (_parent[root] != root)
        {
            root = _parent[root];
        }

        while (_parent[index] != root)
        {
            (index, _parent[index]) = (_parent[index], root);
        }

        return root;
    }

    private double Average(int a, int b) => _links[a].GetValueOrDefault(b) / ((double)_size[a] * _size[b]);

    private Dictionary<int, double> Table(int index) => _links[index] ??= [];
}
