using System.Globalization;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;

namespace ConsistencyCheck.Tests.Stories;

/// <summary>
/// Pairwise precision and recall of "same story": over every pair of documents, a pair put in one story counts as
/// found, a pair of one true story as expected.
/// </summary>
/// <param name="Found">Pairs in one story.</param>
/// <param name="Expected">Pairs of one true story.</param>
/// <param name="Correct">Pairs both found and expected.</param>
internal sealed record PairwiseScore(long Found, long Expected, long Correct)
{
    public double Precision => Found == 0 ? 1 : (double)Correct / Found;

    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;

    /// <summary>Scores <paramref name="grouping"/> against the true story of each document.</summary>
    public static PairwiseScore Of(StoryGrouping grouping, IReadOnlyDictionary<DocumentId, string> truth)
    {
        var documents = truth.Keys.Order().ToArray();
        long found = 0, expected = 0, correct = 0;
        for (var i = 0; i < documents.Length; i++)
        {
            for (var j = i + 1; j < documents.Length; j++)
            {
                var same = truth[documents[i]] == truth[documents[j]];
                var grouped = grouping.StoryOf(documents[i]) == grouping.StoryOf(documents[j]);
                found += grouped ? 1 : 0;
                expected += same ? 1 : 0;
                correct += same && grouped ? 1 : 0;
            }
        }

        return new PairwiseScore(found, expected, correct);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"pairwise precision {Correct}/{Found} = {Precision:F3}, recall {Correct}/{Expected} = {Recall:F3}");
}
