namespace ConsistencyCheck.Stories;

/// <summary>
/// A document's weighted term vector over term ids (<see cref="TermId"/>), ids ascending. Dot
/// products add in id order, so they come out the same whatever order the documents were read in.
/// </summary>
internal sealed class SparseVector
{
    public SparseVector(long[] ids, float[] weights)
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

    public long[] Ids { get; }

    public float[] Weights { get; }

    public double Norm { get; }

    /// <summary>
    /// The id of a term: FNV-1a over its UTF-16 code units, then the SplitMix64 finaliser to spread the bits (blocking
    /// keys are taken from it). Two different terms share an id with odds of about 1 in 10^19 per pair: negligible
    /// against the millions of distinct terms of a large run.
    /// </summary>
    public static long TermId(string term)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in term)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        hash = unchecked((hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL);
        hash = unchecked((hash ^ (hash >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((long)(hash ^ (hash >> 31)));
    }

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
}
