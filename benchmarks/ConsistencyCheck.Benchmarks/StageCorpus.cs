using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Benchmarks.Corpus;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck.Benchmarks;

/// <summary>
/// The input of the stage benchmarks: a generated corpus of news-like stories (deterministic, seed 1), written to a
/// temporary JSONL file and read back, with each stage's output precomputed so that every benchmark measures one
/// stage only. Built in <c>[GlobalSetup]</c>, never inside a measured method.
/// </summary>
public sealed class StageCorpus
{
    private StageCorpus(string path, ImmutableArray<Document> documents, ConsistencyPipeline pipeline)
    {
        Path = path;
        Documents = documents;
        Pipeline = pipeline;
        Characters = documents.Sum(d => (long)d.Text.Length);
        Bytes = new FileInfo(path).Length;
        Mentions = [.. documents.Select(d => pipeline.Recognize(d.Text, Context(d)))];
        var extractor = new AssertionExtractor(ExtractionOptions.Default);
        Assertions = [.. documents.SelectMany((d, i) => extractor.Extract(d, Mentions[i])).OrderBy(a => a.Id)];
        Clusters = [.. pipeline.Cluster(Assertions)];
        Report = pipeline.CompareExtractedAsync(documents.Select(DocumentSummary.From), Assertions).GetAwaiter().GetResult();
    }

    /// <summary>The JSONL file the documents were read from.</summary>
    public string Path { get; }

    /// <summary>The documents.</summary>
    public ImmutableArray<Document> Documents { get; }

    /// <summary>The default pipeline (numbers, quantities, dates).</summary>
    public ConsistencyPipeline Pipeline { get; }

    /// <summary>UTF-16 characters of text.</summary>
    public long Characters { get; }

    /// <summary>Bytes of the JSONL file.</summary>
    public long Bytes { get; }

    /// <summary>Mentions per document (same order as <see cref="Documents"/>).</summary>
    public ImmutableArray<ImmutableArray<Mention>> Mentions { get; }

    /// <summary>All assertions, sorted by id.</summary>
    public ImmutableArray<Assertion> Assertions { get; }

    /// <summary>The clusters of <see cref="Assertions"/>.</summary>
    public ImmutableArray<AssertionCluster> Clusters { get; }

    /// <summary>The whole report.</summary>
    public ConsistencyReport Report { get; }

    /// <summary>Generates <paramref name="stories"/> stories into a temporary file and reads them.</summary>
    public static StageCorpus Create(int stories)
    {
        // One file per size, replaced atomically: the content is deterministic, so runs never leave more behind.
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cc-bench-{stories}.jsonl");
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        CorpusFiles.Write(new StoryGenerator(seed: 1), stories, temporary, null);
        File.Move(temporary, path, overwrite: true);
        var documents = LoadAsync(path).GetAwaiter().GetResult();
        var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();
        return new StageCorpus(path, documents, pipeline);
    }

    /// <summary>The recognition context of <paramref name="document"/> (its publication date).</summary>
    public static RecognitionContext Context(Document document) =>
        new(document.Metadata.Published is { } p ? DateOnly.FromDateTime(p.Date) : null);

    /// <summary>Reads every document of <paramref name="path"/>.</summary>
    public static async Task<ImmutableArray<Document>> LoadAsync(string path)
    {
        var documents = ImmutableArray.CreateBuilder<Document>();
        await foreach (var document in new DocumentLoader(new IngestOptions()).LoadAsync([path]).ConfigureAwait(false))
        {
            documents.Add(document);
        }

        return documents.ToImmutable();
    }
}
