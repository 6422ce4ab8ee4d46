using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Benchmarks.Stories;

/// <summary>
/// Story signatures of generated news documents (about 3 KB each), against the Text stage's word tokenizer over the
/// same text. Throughput in MB/s is the corpus size (printed by the setup) over the mean time.
/// </summary>
[MemoryDiagnoser]
public class StorySignatureBenchmarks
{
    private ImmutableArray<Document> _documents;

    [Params(2_000)]
    public int Documents { get; set; } = 2_000;

    /// <summary>UTF-16 characters of text and headlines in the corpus.</summary>
    public long Characters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = StoryCorpus.Documents(Documents, withCollections: true);
        Characters = _documents.Sum(d => (long)d.Text.Length + (d.Metadata.Title?.Length ?? 0));
        Console.WriteLine($"// {_documents.Length} documents, {Characters:N0} characters");
    }

    /// <summary>Baseline: split every document into words with <see cref="WordTokenizer"/> (one string per word).</summary>
    [Benchmark(Baseline = true)]
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
}
