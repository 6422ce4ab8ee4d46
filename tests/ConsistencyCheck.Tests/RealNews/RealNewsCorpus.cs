using System.Security.Cryptography;
using System.Text;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck.Tests.RealNews;

/// <summary>
/// The real-news stories of <c>../shared/real-news/basil-dev/</c>, the committed split and the annotations
/// (docs/evaluation.md). Reads the articles through the same loader and pipeline the command line uses.
/// </summary>
public static class RealNewsCorpus
{
    private static readonly Lazy<ConsistencyPipeline> Pipeline = new(() => new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build());

    /// <summary>The folder of this test area in the repository.</summary>
    public static string Folder { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "ConsistencyCheck.Tests", "RealNews");

    /// <summary>Where the first annotation of every story lives.</summary>
    public static string Annotations => Path.Combine(Folder, "annotations");

    /// <summary>The first annotation of the double-annotated stories as made, before it was settled with the second.</summary>
    public static string FirstAnnotations => Path.Combine(Folder, "annotations-first");

    /// <summary>Where the second annotation of the double-annotated stories lives.</summary>
    public static string SecondAnnotations => Path.Combine(Folder, "annotations-second");

    /// <summary>The committed split: story id → (half, double-annotated).</summary>
    public static IReadOnlyList<(string Story, string Half, bool Double)> Split() =>
        [.. File.ReadLines(Path.Combine(Folder, "split.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => (cells[0], cells[1], cells[2] == "yes"))];

    /// <summary>The half a story belongs to by the rule of docs/evaluation.md § 1.</summary>
    public static string HalfByRule(string story) =>
        SHA256.HashData(Encoding.ASCII.GetBytes(story))[0] % 2 == 0 ? "tuning" : "heldout";

    /// <summary>The hash that orders stories for double annotation (the ten smallest are double-annotated).</summary>
    public static string DoubleOrder(string story) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes("double:" + story)));

    /// <summary>The shared article folder, or the test is skipped with a message when it is missing.</summary>
    public static string ArticlesOrIgnore() => TestPaths.SharedOrIgnore("real-news", "basil-dev");

    /// <summary>The article file of a story.</summary>
    public static string StoryFile(string articles, string story) =>
        Directory.EnumerateFiles(articles, story + "*.jsonl").Single();

    /// <summary>The stories of one half that have a first annotation, with it.</summary>
    public static IReadOnlyList<StoryAnnotation> AnnotatedStories(string half) =>
        [.. Split().Where(s => s.Half == half)
            .Select(s => Path.Combine(Annotations, s.Story + ".json"))
            .Where(File.Exists)
            .Select(StoryAnnotation.Load)];

    /// <summary>Reads the documents of one or more article files as the command line would.</summary>
    public static async Task<List<Document>> LoadAsync(params string[] paths)
    {
        var documents = new List<Document>();
        await foreach (var document in new DocumentLoader(new IngestOptions()).LoadAsync(paths))
        {
            documents.Add(document);
        }

        return documents;
    }

    /// <summary>Runs the whole check, as <c>consistency-check check</c> does.</summary>
    public static Task<ConsistencyReport> CheckAsync(IEnumerable<Document> documents) => Pipeline.Value.CheckAsync(documents);
}
