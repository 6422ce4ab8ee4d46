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

    [Test]
    public async Task With_publication_dates_the_stories_are_found_as_well()
    {
        var folder = RealNewsCorpus.ArticlesOrIgnore();
        var documents = (await RealNewsCorpus.LoadAsync([.. Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal)]))
            .Select(d => d with { Collection = Document.DefaultCollection }).ToList();
        documents.Should().OnlyContain(d => d.Metadata.Published != null);
        var grouping = new StoryGrouper().Group(documents.Select(d => StorySignature.FromDocument(d)));
        var score = PairwiseScore.Of(grouping, documents.ToDictionary(d => d.Id, d => TrueStory(d.Id)));

        TestContext.Out.WriteLine($"with dates: {grouping.Stories.Length} stories found; {score}");
        score.Precision.Should().BeGreaterThanOrEqualTo(0.95, score.ToString());
        score.Recall.Should().BeGreaterThanOrEqualTo(0.95, score.ToString());
    }

    [Test]
    public async Task The_threshold_has_a_margin_on_either_side()
    {
        var documents = await LoadWithoutDatesAsync();
        var signatures = documents.Select(d => StorySignature.FromDocument(d)).ToArray();
        var truth = documents.ToDictionary(d => d.Id, d => TrueStory(d.Id));
        PairwiseScore ScoreAt(double threshold) => PairwiseScore.Of(new StoryGrouper(new StoryOptions { SimilarityThreshold = threshold }).Group(signatures), truth);
        foreach (var threshold in Enumerable.Range(0, 11).Select(i => 0.28 + (i * 0.01)))
        {
            TestContext.Out.WriteLine($"threshold {threshold:F2}: {ScoreAt(threshold)}");
        }

        // The default should not sit on the edge of the passing range.
        foreach (var threshold in new[] { StoryOptions.Default.SimilarityThreshold - 0.01, StoryOptions.Default.SimilarityThreshold + 0.01 })
        {
            var score = ScoreAt(threshold);
            score.Precision.Should().BeGreaterThanOrEqualTo(0.95, $"at {threshold}: {score}");
            score.Recall.Should().BeGreaterThanOrEqualTo(0.95, $"at {threshold}: {score}");
        }
    }

    [Test]
    public async Task Stories_about_the_same_people_are_told_apart_and_the_closest_pairs_are_shown()
    {
        var documents = await LoadWithoutDatesAsync();
        var signatures = documents.Select(d => StorySignature.FromDocument(d)).ToArray();
        var grouping = new StoryGrouper().Group(signatures);
        var truth = documents.ToDictionary(d => d.Id, d => TrueStory(d.Id));
        var stories = signatures.GroupBy(s => TrueStory(s.Document)).ToDictionary(g => g.Key, g => g.ToArray());

        // Average cosine between the articles of two true stories: the pairs a threshold has to tell apart.
        var closest = stories.Keys.SelectMany(a => stories.Keys.Where(b => string.CompareOrdinal(a, b) < 0).Select(b =>
            (A: a, B: b, Average: stories[a].SelectMany(x => stories[b].Select(y => Cosine(x, y))).Average())))
            .OrderByDescending(p => p.Average).Take(5).ToList();
        foreach (var (a, b, average) in closest)
        {
            var merged = grouping.StoryOf(stories[a][0].Document) == grouping.StoryOf(stories[b][0].Document);
            TestContext.Out.WriteLine($"{a} / {b}: average cosine {average:F3}{(merged ? " (merged)" : string.Empty)}; " +
                $"\"{documents.First(d => TrueStory(d.Id) == a).Metadata.Title}\" / \"{documents.First(d => TrueStory(d.Id) == b).Metadata.Title}\"");
        }

        var mixed = grouping.Stories.Count(s => s.Members.Select(m => truth[m]).Distinct().Count() > 1);
        mixed.Should().BeLessThanOrEqualTo(1, "at most one found story may mix two true ones (Clinton's emails, March 2015, told in two BASIL stories)");
    }

    [Test]
    public async Task Real_stories_are_not_merged_with_generated_ones_or_with_each_other()
    {
        var real = await LoadWithoutDatesAsync();
        var generated = StoryGrouperTests.GeneratedDocuments(150, seed: 7);
        var grouping = new StoryGrouper().Group(real.Concat(generated).Select(d => StorySignature.FromDocument(d)));
        var isReal = real.Select(d => d.Id).ToHashSet();

        grouping.Stories.Should().NotContain(s => s.Members.Any(isReal.Contains) && !s.Members.All(isReal.Contains),
            "no story may hold both real and generated articles");
        var score = PairwiseScore.Of(grouping, real.ToDictionary(d => d.Id, d => TrueStory(d.Id)));
        TestContext.Out.WriteLine($"150 real and {generated.Length} generated articles: {grouping.Stories.Length} stories; real: {score}");
        score.Precision.Should().BeGreaterThanOrEqualTo(0.95, score.ToString());
        score.Recall.Should().BeGreaterThanOrEqualTo(0.95, score.ToString());
    }

    private static double Cosine(StorySignature a, StorySignature b)
    {
        var weights = b.Terms.ToDictionary(t => t.Text, t => (double)t.Weight);
        return a.Terms.Sum(t => weights.TryGetValue(t.Text, out var w) ? w * t.Weight : 0);
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
