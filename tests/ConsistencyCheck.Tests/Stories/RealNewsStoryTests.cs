using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;
using ConsistencyCheck.Tests.RealNews;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Stories;

/// <summary>
/// The 150 real articles of ../shared/real-news/basil-dev (50 stories, three outlets each) in one run, without
/// collections and without publication dates: the stories found must be the 50 triplets (issue 16).
/// </summary>
public class RealNewsStoryTests
{
    /// <summary>The true story of an article: the eight hex digits of its id after the outlet ("nyt-005a2961").</summary>
    internal static string TrueStory(DocumentId id) => id.Value[(id.Value.IndexOf('-', StringComparison.Ordinal) + 1)..];

    /// <summary>Every article, in one collection and without its publication date.</summary>
    internal static async Task<List<Document>> LoadWithoutDatesAsync()
    {
        var folder = RealNewsCorpus.ArticlesOrIgnore();
        var documents = await RealNewsCorpus.LoadAsync([.. Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal)]);
        return [.. documents.Select(d => d with { Collection = Document.DefaultCollection, Metadata = d.Metadata with { Published = null } })];
    }

    [Test]
    public async Task The_fifty_real_stories_are_found_without_collections_or_dates()
    {
        var documents = await LoadWithoutDatesAsync();
        documents.Should().HaveCount(150);
        var grouping = new StoryGrouper().Group(documents.Select(d => StorySignature.FromDocument(d)));
        var truth = documents.ToDictionary(d => d.Id, d => TrueStory(d.Id));
        var score = PairwiseScore.Of(grouping, truth);

        TestContext.Out.WriteLine($"150 articles, 50 true stories; {grouping.Stories.Length} stories found; {score}");
        foreach (var line in Confusions(grouping, truth))
        {
            TestContext.Out.WriteLine(line);
        }

        score.Precision.Should().BeGreaterThanOrEqualTo(0.95, score.ToString());
        score.Recall.Should().BeGreaterThanOrEqualTo(0.95, score.ToString());
    }

    /// <summary>Stories found that mix true stories, and true stories split over several found ones.</summary>
    internal static IEnumerable<string> Confusions(StoryGrouping grouping, IReadOnlyDictionary<DocumentId, string> truth)
    {
        foreach (var story in grouping.Stories.Where(s => s.Members.Select(m => truth[m]).Distinct().Count() > 1))
        {
            yield return $"merged: {story.Id} [{string.Join(' ', story.Label)}] = {string.Join(", ", story.Members)}";
        }

        foreach (var split in truth.GroupBy(p => p.Value).Where(g => g.Select(p => grouping.StoryOf(p.Key)).Distinct().Count() > 1))
        {
            yield return $"split: {split.Key} over {string.Join(", ", split.Select(p => $"{p.Key}→{grouping.StoryOf(p.Key)}"))}";
        }
    }
}
