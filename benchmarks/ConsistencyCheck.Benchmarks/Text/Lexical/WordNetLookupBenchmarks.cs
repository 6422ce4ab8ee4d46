using BenchmarkDotNet.Attributes;
using ConsistencyCheck.Text;
using ConsistencyCheck.Text.Lexical;

namespace ConsistencyCheck.Benchmarks.Text.Lexical;

/// <summary>
/// WordNet lookups for every word of the stage corpus, as the coming reading, grouping and linkage work will make
/// them: a frequency (one dictionary lookup), the parts of speech of an inflected word (Morphy for all four),
/// base forms, synonyms and a hypernym test.
/// </summary>
[MemoryDiagnoser]
public class WordNetLookupBenchmarks
{
    private string[] _words = [];
    private WordNetLexicon _wordNet = null!;

    [Params(200)]
    public int Stories { get; set; } = 200;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = StageCorpus.Create(Stories);
        _words = [.. corpus.Documents.SelectMany(d => SentenceSegmenter.Split(d.Text).SelectMany(s => WordTokenizer.Tokenize(d.Text, s)))
            .Select(w => w.Lower)];
        _wordNet = WordNetLexicon.Shared;
    }

    /// <summary>The number of words looked up by each benchmark.</summary>
    public int WordCount => _words.Length;

    /// <summary>Baseline: the frequency of each word taken as a lemma (normalise, one frozen-dictionary lookup, a sum).</summary>
    [Benchmark(Baseline = true)]
    public long Frequency()
    {
        long sum = 0;
        foreach (var word in _words)
        {
            sum += _wordNet.Frequency(word);
        }

        return sum;
    }

    /// <summary>The uses of each word as written: base forms for all four parts of speech, their senses and tags.</summary>
    [Benchmark]
    public int Nouns()
    {
        var count = 0;
        foreach (var word in _words)
        {
            count += _wordNet.Uses(word).MostFrequent == PartOfSpeech.Noun ? 1 : 0;
        }

        return count;
    }

    /// <summary>The noun and verb base forms of each word, as arrays.</summary>
    [Benchmark]
    public int Lemmas()
    {
        var count = 0;
        foreach (var word in _words)
        {
            count += _wordNet.Lemmas(word, PartOfSpeech.Noun).Length + _wordNet.Lemmas(word, PartOfSpeech.Verb).Length;
        }

        return count;
    }

    /// <summary>The noun synonyms of each word in its first sense.</summary>
    [Benchmark]
    public int Synonyms()
    {
        var count = 0;
        foreach (var word in _words)
        {
            count += _wordNet.Synonyms(word, PartOfSpeech.Noun, 1).Length;
        }

        return count;
    }

    /// <summary>Whether "person" is more general than each word (two senses each, up to 12 hypernym steps).</summary>
    [Benchmark]
    public int People()
    {
        var count = 0;
        foreach (var word in _words)
        {
            count += _wordNet.IsMoreGeneral("person", word, PartOfSpeech.Noun, 2, 12) ? 1 : 0;
        }

        return count;
    }
}
