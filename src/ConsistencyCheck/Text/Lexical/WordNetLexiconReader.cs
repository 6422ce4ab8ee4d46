using System.IO.Compression;
using System.Text;

namespace ConsistencyCheck.Text.Lexical;

/// <summary>
/// Reads the embedded WordNet lexicon (Resources/wordnet.lex.gz, built by tools/wordnet/build_lexicon.py) into
/// <see cref="WordNetTables"/>. The payload format is documented in that script; in short, a gzipped ASCII text:
/// <code>
/// wordnet-lexicon 1 wordnet-3.0
/// lemmas &lt;L&gt; &lt;senses&gt;
/// &lt;lemma&gt; &lt;synset&gt;[:&lt;tags&gt;] ...                 L lines, ordinal order; line i is lemma i
/// synsets &lt;S&gt; &lt;members&gt; &lt;hypernyms&gt; &lt;Sn&gt; &lt;Sv&gt; &lt;Sa&gt; &lt;Sr&gt;
/// &lt;offset&gt; &lt;lemma&gt;,... [&lt;synset&gt;,...]            S lines: nouns, verbs, adjectives, adverbs
/// exceptions noun|verb|adj|adv &lt;E&gt;
/// &lt;form&gt; &lt;base&gt; ...                                E lines, four sections
/// end
/// </code>
/// </summary>
internal static class WordNetLexiconReader
{
    /// <summary>The manifest name of the embedded resource.</summary>
    public const string ResourceName = "ConsistencyCheck.Resources.wordnet.lex.gz";

    private const string Magic = "wordnet-lexicon 1 wordnet-3.0";

    private static readonly string[] ExceptionSections = ["noun", "verb", "adj", "adv"];

    /// <summary>Reads the resource embedded in this assembly.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a build error).</exception>
    public static WordNetTables ReadEmbedded()
    {
        using var stream = typeof(WordNetLexiconReader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the ConsistencyCheck assembly.");
        return Read(stream);
    }

    /// <summary>Reads a gzipped lexicon payload from <paramref name="gzip"/>.</summary>
    /// <exception cref="InvalidDataException">The payload is not in the expected format.</exception>
    public static WordNetTables Read(Stream gzip)
    {
        var payload = Decompress(gzip);
        var reader = new PayloadReader(payload.Span);
        if (!reader.Line().SequenceEqual(Encoding.ASCII.GetBytes(Magic)))
        {
            throw reader.Error($"the header '{Magic}'");
        }

        var lemmas = ReadLemmas(ref reader);
        var synsets = ReadSynsets(ref reader, lemmas.Count);
        if (!lemmas.SynsetIdsBelow(synsets.Count))
        {
            throw reader.Error($"sense synset ids below {synsets.Count}");
        }

        var exceptions = ReadExceptions(ref reader, lemmas, synsets);
        if (!reader.Line().SequenceEqual("end"u8))
        {
            throw reader.Error("'end'");
        }

        return new WordNetTables(lemmas, synsets, exceptions);
    }

    private static ReadOnlyMemory<byte> Decompress(Stream gzip)
    {
        using var inflated = new GZipStream(gzip, CompressionMode.Decompress, leaveOpen: true);
        var buffer = new MemoryStream(capacity: 1 << 23);
        inflated.CopyTo(buffer);
        return buffer.GetBuffer().AsMemory(0, checked((int)buffer.Length));
    }

    private static LemmaTable ReadLemmas(ref PayloadReader reader)
    {
        var header = reader.Header("lemmas");
        var count = reader.Number(PayloadReader.Next(ref header, (byte)' '));
        var senseCount = reader.Number(header);
        var text = new KeyText(count * 12);
        var senseStart = new int[count + 1];
        var senseSynsets = new int[senseCount];
        var senseTags = new int[senseCount];
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            var fields = reader.Line();
            text.Add(PayloadReader.Next(ref fields, (byte)' '));
            senseStart[i] = next;
            while (!fields.IsEmpty)
            {
                var sense = PayloadReader.Next(ref fields, (byte)' ');
                var synset = PayloadReader.Next(ref sense, (byte)':');
                if (next == senseCount)
                {
                    throw reader.Error($"at most {senseCount} senses");
                }

                senseSynsets[next] = reader.Number(synset);
                senseTags[next] = sense.IsEmpty ? 0 : reader.Number(sense);
                next++;
            }

            if (next == senseStart[i])
            {
                throw reader.Error("a lemma with senses");
            }
        }

        senseStart[count] = next;
        return next == senseCount
            ? new LemmaTable(text.ToTable(), senseStart, senseSynsets, senseTags)
            : throw reader.Error($"{senseCount} senses");
    }

    private static SynsetTable ReadSynsets(ref PayloadReader reader, int lemmaCount)
    {
        var header = reader.Header("synsets");
        var count = reader.Number(PayloadReader.Next(ref header, (byte)' '));
        var members = new int[reader.Number(PayloadReader.Next(ref header, (byte)' '))];
        var hypernyms = new int[reader.Number(PayloadReader.Next(ref header, (byte)' '))];
        var partStart = new int[5];
        for (var part = 1; part <= 4; part++)
        {
            partStart[part] = partStart[part - 1] + reader.Number(PayloadReader.Next(ref header, (byte)' '));
        }

        if (partStart[4] != count)
        {
            throw reader.Error("synset counts per part of speech adding up to the total");
        }

        var offsets = new int[count];
        var memberStart = new int[count + 1];
        var hypernymStart = new int[count + 1];
        var (nextMember, nextHypernym) = (0, 0);
        for (var i = 0; i < count; i++)
        {
            var fields = reader.Line();
            offsets[i] = reader.Number(PayloadReader.Next(ref fields, (byte)' '));
            (memberStart[i], hypernymStart[i]) = (nextMember, nextHypernym);
            nextMember = ReadIds(in reader, PayloadReader.Next(ref fields, (byte)' '), lemmaCount, members, nextMember);
            nextHypernym = ReadIds(in reader, fields, count, hypernyms, nextHypernym);
        }

        (memberStart[count], hypernymStart[count]) = (nextMember, nextHypernym);
        if (nextMember != members.Length || nextHypernym != hypernyms.Length)
        {
            throw reader.Error($"{members.Length} members and {hypernyms.Length} hypernyms");
        }

        return new SynsetTable(partStart, offsets, memberStart, members, hypernymStart, hypernyms);
    }

    private static int ReadIds(in PayloadReader reader, ReadOnlySpan<byte> list, int limit, int[] into, int next)
    {
        while (!list.IsEmpty)
        {
            if (next == into.Length)
            {
                throw reader.Error($"at most {into.Length} ids");
            }

            into[next++] = reader.Id(PayloadReader.Next(ref list, (byte)','), limit);
        }

        return next;
    }

    private static ExceptionTable ReadExceptions(ref PayloadReader reader, LemmaTable lemmas, SynsetTable synsets)
    {
        var (forms, baseStart, bases) = (new KeyTable[4], new int[4][], new int[4][]);
        Span<char> key = stackalloc char[LemmaKey.MaxLength];
        for (var part = PartOfSpeech.Noun; part <= PartOfSpeech.Adverb; part++)
        {
            var header = reader.Header("exceptions");
            if (!PayloadReader.Next(ref header, (byte)' ').SequenceEqual(Encoding.ASCII.GetBytes(ExceptionSections[(int)part])))
            {
                throw reader.Error($"the exceptions of {ExceptionSections[(int)part]}");
            }

            var count = reader.Number(header);
            var text = new KeyText(count * 12);
            var (starts, ids) = (new int[count + 1], new List<int>(count));
            for (var i = 0; i < count; i++)
            {
                var fields = reader.Line();
                text.Add(PayloadReader.Next(ref fields, (byte)' '));
                starts[i] = ids.Count;
                while (!fields.IsEmpty)
                {
                    var length = Encoding.Latin1.GetChars(PayloadReader.Next(ref fields, (byte)' '), key);
                    var id = lemmas.Find(key[..length]);
                    if (id >= 0 && lemmas.Has(id, part, synsets) && ids.IndexOf(id, starts[i]) < 0)
                    {
                        ids.Add(id);
                    }
                }
            }

            starts[count] = ids.Count;
            (forms[(int)part], baseStart[(int)part], bases[(int)part]) = (text.ToTable(), starts, [.. ids]);
        }

        return new ExceptionTable(forms, baseStart, bases);
    }

    /// <summary>Collects ASCII keys end to end for a <see cref="KeyTable"/>.</summary>
    private sealed class KeyText(int capacity)
    {
        private byte[] _text = new byte[capacity];
        private readonly List<int> _start = [0];

        public void Add(ReadOnlySpan<byte> key)
        {
            var end = _start[^1] + key.Length;
            if (end > _text.Length)
            {
                Array.Resize(ref _text, Math.Max(end, _text.Length * 2));
            }

            key.CopyTo(_text.AsSpan(_start[^1]));
            _start.Add(end);
        }

        public KeyTable ToTable() => new(_text[.._start[^1]], [.. _start]);
    }
}
