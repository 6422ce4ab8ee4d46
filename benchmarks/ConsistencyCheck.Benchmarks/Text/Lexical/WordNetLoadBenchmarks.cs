using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using ConsistencyCheck.Text.Lexical;

namespace ConsistencyCheck.Benchmarks.Text.Lexical;

/// <summary>
/// Loading the embedded WordNet lexicon (what the first use of <see cref="WordNetLexicon.Shared"/> costs), against
/// only inflating the resource: the difference is parsing and indexing.
/// </summary>
[MemoryDiagnoser]
public class WordNetLoadBenchmarks
{
    /// <summary>Baseline: inflate the embedded resource into memory and count its lines.</summary>
    [Benchmark(Baseline = true)]
    public int Inflate()
    {
        using var resource = typeof(WordNetLexicon).Assembly.GetManifestResourceStream(WordNetLexiconReader.ResourceName)!;
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var payload = new MemoryStream(1 << 23);
        gzip.CopyTo(payload);
        return payload.GetBuffer().AsSpan(0, (int)payload.Length).Count((byte)'\n');
    }

    /// <summary>Read the whole lexicon: lemma table, synsets and exception lists.</summary>
    [Benchmark]
    public int Load() => new WordNetLexicon(WordNetLexiconReader.ReadEmbedded()).LemmaCount;
}
