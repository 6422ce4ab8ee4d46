namespace ConsistencyCheck.Stories;

/// <summary>
/// A weighted term vector over interned term ids, ids ascending: a document's signature or the sum of a group's. Dot
/// products add in id order, so they come out the same whatever order the documents were read in.
/// </summary>
internal sealed class SparseVector
{
    public SparseVector(int[] ids, float[] weights)
    {
        Ids = ids;
        Weights = weights;
        var sum = 0.0;
        foreach (var w in weights)
        {
            sum += (double)w * w;
        }

        Norm = Math.Sqrt(sum);
    }

    public int[] Ids { get; }

    public float[] Weights { get; }

    public double Norm { get; }

    /// <summary>The cosine of two vectors (0 when either is empty).</summary>
    public static double Cosine(SparseVector a, SparseVector b)
    {
        if (a.Norm == 0 || b.Norm == 0)
        {
            return 0;
        }

        double dot = 0;
        int i = 0, j = 0;
        var ai = a.Ids;
        var bi = b.Ids;
        while (i < ai.Length && j < bi.Length)
        {
            if (ai[i] == bi[j])
            {
                dot += (double)a.Weights[i++] * b.Weights[j++];
            }
            else if (ai[i] < bi[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return dot / (a.Norm * b.Norm);
    }

    /// <summary>
    /// The sum of two vectors, keeping the <paramref name="maxTerms"/> heaviest terms (ties to the smaller id), so a
    /// group's vector stays bounded however many documents it holds.
    /// </summary>
    public static SparseVector Sum(SparseVector a, SparseVector b, int maxTerms)
    {
        var ids = new List<int>(a.Ids.Length + b.Ids.Length);
        var weights = new List<float>(ids.Capacity);
        int i = 0, j = 0;
        while (i < a.Ids.Length || j < b.Ids.Length)
        {
            if (j == b.Ids.Length || (i < a.Ids.Length && a.Ids[i] < b.Ids[j]))
            {
                ids.Add(a.Ids[i]);
                weights.Add(a.Weights[i++]);
            }
            else if (i == a.Ids.Length || b.Ids[j] < a.Ids[i])
            {
                ids.Add(b.Ids[j]);
                weights.Add(b.Weights[j++]);
            }
            else
            {
                ids.Add(a.Ids[i]);
                weights.Add(a.Weights[i++] + b.Weights[j++]);
            }
        }

        if (ids.Count <= maxTerms)
        {
            return new SparseVector([.. ids], [.. weights]);
        }

        var order = Enumerable.Range(0, ids.Count)
            .OrderByDescending(k => weights[k]).ThenBy(k => ids[k])
            .Take(maxTerms).Order().ToArray();
        return new SparseVector([.. order.Select(k => ids[k])], [.. order.Select(k => weights[k])]);
    }
}
