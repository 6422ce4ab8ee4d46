using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Stories;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Benchmarks.Stories;

/// <summary>
/// Story signatures against recognition (numbers, quantities, dates: the first half of extraction) of the same
/// documents, in one run, so the ratio says what the signature adds to extraction whatever the machine's load.
/// <c>Text = generated</c> reads documents of the generated corpus (about 2 KB each); <c>Text = real</c> reads the 150
/// articles of <c>../shared/real-news/basil-dev/</c> repeated to about the same size (never copied into the repository;
/// skipped with a message when the folder is absent). Throughput in MB/s is the size printed by the setup over the
/// mean time.
/// </summary>
[MemoryDiagnoser]
public class StorySignatureBenchmarks
{
    private ImmutableArray<Document> _documents;
    private ConsistencyPipeline? _pipeline;

    /// <summary>"generated" or "real".</summary>
    [Params("generated", "real")]
    public string Text { get; set; } = "generated";

    /// <summary>Generated documents, or the least total of real documents (the 150 articles repeated).</summary>
    [Params(2_000)]
    public int Documents { get; set; } = 2_000;

    /// <summary>UTF-16 characters of text and headlines in the corpus.</summary>
    public long Characters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = Text == "real" ? RealDocuments(Documents) : StoryCorpus.Documents(Documents, withCollections: true);
        Characters = _documents.Sum(d => (long)d.Text.Length + (d.Metadata.Title?.Length ?? 0));
        _pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();
        Console.WriteLine($"// {Text}: {_documents.Length} documents, {Characters:N0} characters");
    }

    /// <summary>Baseline: recognition of numbers, quantities and dates in every document, as extraction runs it.</summary>
    [Benchmark(Baseline = true)]
    public int Recognize()
    {
        var mentions = 0;
        foreach (var document in _documents)
        {
            var context = new RecognitionContext(document.Metadata.Published is { } p ? DateOnly.FromDateTime(p.Date) : null) { DatesInFigureSentencesOnly = true };
            mentions += _pipeline!.Recognizer.Recognize(document.Text, context).Length;
        }

        return mentions;
    }

    /// <summary>Split every document into words with <see cref="WordTokenizer"/> (one string per word): the cheapest reading.</summary>
    [Benchmark]
    public int Tokenize()
    {
        var words = 0;
        foreach (var document in _documents)
        {
            words += WordTokenizer.Tokenize(document.Text, new SourceSpan(0, document.Text.Length)).Length;
        }

        return words;
    }

    /// <summary>The signature of every document; returns the number of terms kept.</summary>
    [Benchmark]
    public int Signatures()
    {
        var terms = 0;
        foreach (var document in _documents)
        {
            terms += StorySignature.FromDocument(document).Terms.Length;
        }

        return terms;
    }

    /// <summary>The real articles, repeated (with fresh ids) until there are at least <paramref name="count"/>.</summary>
    internal static ImmutableArray<Document> RealDocuments(int count)
    {
        var folder = RealNewsFolder()
            ?? throw new InvalidOperationException("../shared/real-news/basil-dev/ not found above the working directory: run Text = generated only.");
        var articles = new List<Document>();
        var loader = new DocumentLoader(new IngestOptions());
        var files = Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).ToArray();
        var enumerator = loader.LoadAsync(files).GetAsyncEnumerator();
        try
        {
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                articles.Add(enumerator.Current);
            }
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        var documents = ImmutableArray.CreateBuilder<Document>(count + articles.Count);
        for (var round = 0; documents.Count < count; round++)
        {
            documents.AddRange(articles.Select(a => a with { Id = new DocumentId($"{a.Id.Value}-{round}") }));
        }

        return documents.ToImmutable();
    }

    /// <summary>The shared real-news folder above the working directory or the assembly, or null.</summary>
    internal static string? RealNewsFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "..", "shared", "real-news", "basil-dev");
                if (File.Exists(Path.Combine(dir.FullName, "ConsistencyCheck.sln")) && Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        return null;
    }
}
