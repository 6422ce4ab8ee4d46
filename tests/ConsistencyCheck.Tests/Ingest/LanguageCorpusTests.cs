using ConsistencyCheck.Ingest;
using ConsistencyCheck.Tests.Robustness;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Ingest;

/// <summary>
/// No English document of the project's corpora is called foreign: the samples, the gold stories, the generated
/// articles and the real-news stories. Each corpus is judged twice: as the check runs (pre-test first) and with the
/// pre-test off, so that every document long enough goes to the language identifier, which alone must not flag them.
/// </summary>
public class LanguageCorpusTests
{
    private const int GeneratedArticles = 60;

    private string _root = null!;

    [SetUp]
    public void CreateFolder()
    {
        _root = Path.Combine(Path.GetTempPath(), "cc-lang-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    [TestCase(true)]
    [TestCase(false)]
    public async Task The_samples_are_all_English(bool preTest)
    {
        ShouldAllBeEnglish(await Load(TestPaths.Samples), preTest, expectedAtLeast: 5);
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task The_gold_stories_are_all_English(bool preTest)
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "tests", "ConsistencyCheck.Tests", "Gold"), "stories.jsonl", SearchOption.AllDirectories);

        files.Should().HaveCountGreaterThanOrEqualTo(4);
        ShouldAllBeEnglish(await Load(files), preTest, expectedAtLeast: 90);
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task The_generated_articles_are_all_English(bool preTest)
    {
        for (var i = 0; i < GeneratedArticles; i++)
        {
            var (name, content) = ArticleGenerator.Build(i);
            await File.WriteAllTextAsync(Path.Combine(_root, name), content);
        }

        ShouldAllBeEnglish(await Load(_root), preTest, expectedAtLeast: GeneratedArticles);
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task The_real_news_stories_are_all_English(bool preTest)
    {
        var folder = TestPaths.SharedOrIgnore("real-news", "basil-dev");

        ShouldAllBeEnglish(await Load(folder), preTest, expectedAtLeast: 100);
    }

    [Test]
    public async Task A_run_over_the_samples_lists_no_language_diagnostic()
    {
        var documents = await new DocumentLoader().LoadAsync([TestPaths.Samples]).ToListAsync();

        documents.SelectMany(d => d.Diagnostics).Should().NotContain(d =>
            d.Message.Contains("not checked", StringComparison.Ordinal) || d.Message.Contains("language", StringComparison.Ordinal));
    }

    // The documents as read with the check off, so that each is judged here with the pre-test on or off.
    private static Task<List<Document>> Load(params string[] paths) =>
        new DocumentLoader(new IngestOptions { SkipNonEnglish = false }).LoadAsync(paths).ToListAsync();

    private static void ShouldAllBeEnglish(List<Document> documents, bool preTest, int expectedAtLeast)
    {
        var judged = documents.Where(d => !d.IsUnreadable).ToList();
        judged.Count.Should().BeGreaterThanOrEqualTo(expectedAtLeast, "the corpus is read");

        var flagged = judged
            .Select(d => (d.Source, Verdict: LanguageCheck.Judge(d.Text, d.Boilerplate, preTest)))
            .Where(pair => pair.Verdict != LanguageVerdict.Read)
            .Select(pair => $"{pair.Source}: {pair.Verdict}");
        flagged.Should().BeEmpty();
    }
}
