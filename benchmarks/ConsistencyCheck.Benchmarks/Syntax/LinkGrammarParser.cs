using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;

namespace ConsistencyCheck.Benchmarks.Syntax;

/// <summary>A word of a linkage: where it stands in the sentence (UTF-16, sentence-relative) and what the dictionary made of it.</summary>
/// <param name="Start">First character, relative to the sentence.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Surface">The characters as written, lower-cased.</param>
/// <param name="Subscript">The dictionary subscript ("n", "v-d", "u", "a"), empty when none.</param>
/// <param name="Category">The regex class that matched an unknown word ("NUMBERS", "CAPITALIZED-WORDS"), empty when none.</param>
/// <param name="IsWall">True for the left and right walls.</param>
internal readonly record struct LinkedWord(int Start, int End, string Surface, string Subscript, string Category, bool IsWall);

/// <summary>A link between two words of a linkage; <see cref="Left"/> is before <see cref="Right"/>.</summary>
internal readonly record struct Link(int Left, int Right, string Label);

/// <summary>The first linkage of a sentence, copied out of the native library.</summary>
/// <param name="Words">The words, walls included.</param>
/// <param name="Links">The links.</param>
/// <param name="NullCount">Words left unlinked (0 for a complete linkage).</param>
/// <param name="TimedOut">True when the parse hit the time limit.</param>
internal sealed record Linkage(ImmutableArray<LinkedWord> Words, ImmutableArray<Link> Links, int NullCount, bool TimedOut)
{
    /// <summary>No linkage at all (the parser found none in time).</summary>
    public bool IsEmpty => Words.IsDefaultOrEmpty;

    /// <summary>True when every word is linked and the parse finished in time.</summary>
    public bool IsComplete => !IsEmpty && NullCount == 0 && !TimedOut;
}

/// <summary>
/// Parses single sentences with the link grammar library's English dictionary. Not thread-safe (its parse options are
/// shared state); one instance per thread.
/// </summary>
internal sealed class LinkGrammarParser : IDisposable
{
    private readonly nint _dictionary;
    private readonly nint _options;

    private LinkGrammarParser(nint dictionary, nint options)
    {
        _dictionary = dictionary;
        _options = options;
    }

    /// <summary>
    /// A parser with the English dictionary and a time limit per parse, or null (with the reason) when the native
    /// library or its dictionary is not installed.
    /// </summary>
    public static LinkGrammarParser? TryCreate(int maxParseSeconds, out string reason)
    {
        if (!NativeLibrary.TryLoad(LinkGrammarNative.Library, typeof(LinkGrammarParser).Assembly, null, out _))
        {
            reason = $"{LinkGrammarNative.Library} is not installed (Debian: apt-get install liblink-grammar5 link-grammar-dictionaries-en)";
            return null;
        }

        var dictionary = LinkGrammarNative.DictionaryCreateLang("en");
        if (dictionary == 0)
        {
            reason = "the English link grammar dictionary is not installed (Debian: link-grammar-dictionaries-en)";
            return null;
        }

        var options = LinkGrammarNative.ParseOptionsCreate();
        LinkGrammarNative.SetVerbosity(options, 0);
        LinkGrammarNative.SetSpellGuess(options, 0);
        LinkGrammarNative.SetLinkageLimit(options, 100);
        LinkGrammarNative.SetMaxParseTime(options, maxParseSeconds);
        reason = string.Empty;
        return new LinkGrammarParser(dictionary, options);
    }

    /// <summary>
    /// Parses <paramref name="sentence"/>: first without unlinked words, then, when that finds nothing and
    /// <paramref name="allowNulls"/> is set, allowing as many as needed (the link parser's own strategy). Returns the
    /// best linkage, or an empty one.
    /// </summary>
    public Linkage Parse(string sentence, bool allowNulls)
    {
        var bytes = Utf8(sentence, out var charOfByte);
        var handle = LinkGrammarNative.SentenceCreate(bytes, _dictionary);
        if (handle == 0)
        {
            return new Linkage([], [], 0, false);
        }

        try
        {
            if (LinkGrammarNative.SentenceSplit(handle, _options) < 0)
            {
                return new Linkage([], [], 0, false);
            }

            LinkGrammarNative.SetMinNullCount(_options, 0);
            LinkGrammarNative.SetMaxNullCount(_options, 0);
            LinkGrammarNative.ResetResources(_options);
            var found = LinkGrammarNative.SentenceParse(handle, _options);
            var timedOut = LinkGrammarNative.TimerExpired(_options) != 0;
            if (found <= 0 && !timedOut && allowNulls)
            {
                LinkGrammarNative.SetMinNullCount(_options, 1);
                LinkGrammarNative.SetMaxNullCount(_options, LinkGrammarNative.SentenceLength(handle));
                LinkGrammarNative.ResetResources(_options);
                found = LinkGrammarNative.SentenceParse(handle, _options);
                timedOut = LinkGrammarNative.TimerExpired(_options) != 0;
            }

            if (found <= 0)
            {
                return new Linkage([], [], 0, timedOut);
            }

            var linkage = LinkGrammarNative.LinkageCreate(0, handle, _options);
            if (linkage == 0)
            {
                return new Linkage([], [], 0, timedOut);
            }

            try
            {
                return Copy(linkage, sentence, charOfByte, LinkGrammarNative.SentenceNullCount(handle), timedOut);
            }
            finally
            {
                LinkGrammarNative.LinkageDelete(linkage);
            }
        }
        finally
        {
            LinkGrammarNative.SentenceDelete(handle);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        LinkGrammarNative.ParseOptionsDelete(_options);
        LinkGrammarNative.DictionaryDelete(_dictionary);
    }

    private static Linkage Copy(nint linkage, string sentence, int[] charOfByte, int nullCount, bool timedOut)
    {
        var wordCount = (int)LinkGrammarNative.NumWords(linkage);
        var words = ImmutableArray.CreateBuilder<LinkedWord>(wordCount);
        for (var w = 0; w < wordCount; w++)
        {
            var name = Marshal.PtrToStringUTF8(LinkGrammarNative.Word(linkage, (nuint)w)) ?? string.Empty;
            var isWall = name is "LEFT-WALL" or "RIGHT-WALL";
            var start = charOfByte[Math.Min((int)LinkGrammarNative.WordByteStart(linkage, (nuint)w), charOfByte.Length - 1)];
            var end = charOfByte[Math.Min((int)LinkGrammarNative.WordByteEnd(linkage, (nuint)w), charOfByte.Length - 1)];
            var (subscript, category) = Describe(name);
            var surface = isWall || end <= start ? string.Empty : sentence[start..end].ToLowerInvariant();
            words.Add(new LinkedWord(start, end, surface, subscript, category, isWall));
        }

        var linkCount = (int)LinkGrammarNative.NumLinks(linkage);
        var links = ImmutableArray.CreateBuilder<Link>(linkCount);
        for (var l = 0; l < linkCount; l++)
        {
            var label = Marshal.PtrToStringUTF8(LinkGrammarNative.LinkLabel(linkage, (nuint)l)) ?? string.Empty;
            links.Add(new Link((int)LinkGrammarNative.LinkLeftWord(linkage, (nuint)l), (int)LinkGrammarNative.LinkRightWord(linkage, (nuint)l), label));
        }

        return new Linkage(words.MoveToImmutable(), links.MoveToImmutable(), nullCount, timedOut);
    }

    /// <summary>
    /// The subscript and regex class of a linkage word as the library prints it: "residents.n" → ("n", ""),
    /// "55,000[!&lt;NUMBERS&gt;]" → ("", "NUMBERS"), "60-word[!&lt;HYPHENATED-WORDS&gt;].a" → ("a", "HYPHENATED-WORDS").
    /// </summary>
    private static (string Subscript, string Category) Describe(string name)
    {
        var category = string.Empty;
        var open = name.IndexOf("[!<", StringComparison.Ordinal);
        if (open >= 0)
        {
            var close = name.IndexOf(">]", open, StringComparison.Ordinal);
            if (close > open)
            {
                category = name[(open + 3)..close];
                name = name[..open] + name[(close + 2)..];
            }
        }

        var dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1)
        {
            return (string.Empty, category);
        }

        var tail = name.AsSpan(dot + 1);
        foreach (var c in tail)
        {
            if (!(char.IsAsciiLetterLower(c) || c is '-' or '*' or '#'))
            {
                return (string.Empty, category);
            }
        }

        return (tail.ToString(), category);
    }

    /// <summary>The sentence as null-terminated UTF-8 with line breaks as spaces, and for each byte offset the character offset.</summary>
    private static byte[] Utf8(string sentence, out int[] charOfByte)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(sentence) + 1];
        charOfByte = new int[bytes.Length];
        var b = 0;
        Span<byte> one = stackalloc byte[4];
        for (var i = 0; i < sentence.Length; i++)
        {
            var c = sentence[i];
            int n;
            if (char.IsHighSurrogate(c) && i + 1 < sentence.Length)
            {
                n = Encoding.UTF8.GetBytes(sentence.AsSpan(i, 2), one);
                for (var k = 0; k < n; k++)
                {
                    charOfByte[b + k] = i;
                }

                one[..n].CopyTo(bytes.AsSpan(b));
                b += n;
                i++;
                continue;
            }

            n = Encoding.UTF8.GetBytes(char.IsControl(c) ? " " : sentence.AsSpan(i, 1), one);
            for (var k = 0; k < n; k++)
            {
                charOfByte[b + k] = i;
            }

            one[..n].CopyTo(bytes.AsSpan(b));
            b += n;
        }

        charOfByte[b] = sentence.Length;
        return bytes;
    }
}
