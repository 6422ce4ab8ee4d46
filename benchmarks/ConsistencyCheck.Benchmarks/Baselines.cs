using ConsistencyCheck.Ingest;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Benchmarks;

/// <summary>Work the benchmarks share as their baseline.</summary>
public static class Baselines
{
    /// <summary>Splits every document into sentences and counts them: the cheapest pass over every character.</summary>
    public static int CountSentences(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var count = 0;
        foreach (var document in documents)
        {
            count += SentenceSegmenter.Split(document.Text).Length;
        }

        return count;
    }
}
