using System.Collections.Frozen;

namespace ConsistencyCheck.Recognition.Lexicons;

/// <summary>
/// English number words, keyed by their lower-case spelling. Lookups by span avoid allocation on .NET 9 and later.
/// </summary>
internal static class NumberLexicon
{
    /// <summary>The longest word in the lexicon; longer words are never looked up.</summary>
    public const int MaxWordLength = 14;

    /// <summary>Every number word.</summary>
    public static readonly FrozenDictionary<string, NumberWord> Words = Build();

    // Words that can start a figure besides the number words: articles, vague amounts and signs.
    private static readonly string[] OtherStarts = ["a", "an", "several", "dozens", "scores", "hundreds", "thousands", "tens", "millions", "billions", "minus", "negative"];

    // One bit per word length (1..15) for each (first letter, last letter) pair, case folded: a cheap test that rejects
    // almost every ordinary word ("the", "said", "people") before the dictionary is consulted.
    private static readonly ushort[] StartShapes = BuildShapes();

#if NET9_0_OR_GREATER
    private static readonly FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>Looks up an already lower-cased word.</summary>
    public static bool TryGet(ReadOnlySpan<char> lowerWord, out NumberWord word)
    {
        if (lowerWord.Length is 0 or > MaxWordLength)
        {
            word = default;
            return false;
        }
#if NET9_0_OR_GREATER
        return SpanLookup.TryGetValue(lowerWord, out word);
#else
        return Words.TryGetValue(lowerWord.ToString(), out word);
#endif
    }

    /// <summary>
    /// False when <paramref name="word"/> (letters, any case) certainly is not a number word, an article, a vague amount or a
    /// sign; true when it may be. Allocation-free, no hashing.
    /// </summary>
    public static bool MayStartFigure(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxWordLength)
        {
            return false;
        }

        var first = (uint)((word[0] | 0x20) - 'a');
        var last = (uint)((word[^1] | 0x20) - 'a');
        if (first >= 26 || last >= 26)
        {
            return false;
        }

        return (StartShapes[(first * 26) + last] & (1 << word.Length)) != 0;
    }

    private static ushort[] BuildShapes()
    {
        var shapes = new ushort[26 * 26];
        foreach (var word in Words.Keys.Concat(OtherStarts))
        {
            if (word.Length <= MaxWordLength)
            {
                shapes[((word[0] - 'a') * 26) + (word[^1] - 'a')] |= (ushort)(1 << word.Length);
            }
        }

        return shapes;
    }

    private static FrozenDictionary<string, NumberWord> Build()
    {
        var d = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        for (var i = 0; i < units.Length; i++)
        {
            d[units[i]] = new(NumberWordKind.Unit, i);
        }

        d["nought"] = new(NumberWordKind.Unit, 0);
        d["naught"] = new(NumberWordKind.Unit, 0);
        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var i = 0; i < teens.Length; i++)
        {
            d[teens[i]] = new(NumberWordKind.Teen, 10 + i);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++)
        {
            d[tens[i]] = new(NumberWordKind.Tens, 20 + (10 * i));
        }

        d["fourty"] = new(NumberWordKind.Tens, 40);
        d["hundred"] = new(NumberWordKind.Hundred, 100);
        d["thousand"] = new(NumberWordKind.Scale, 1_000m);
        d["million"] = new(NumberWordKind.Scale, 1_000_000m);
        d["billion"] = new(NumberWordKind.Scale, 1_000_000_000m);
        d["trillion"] = new(NumberWordKind.Scale, 1_000_000_000_000m);
        d["lakh"] = new(NumberWordKind.Scale, 100_000m);
        d["crore"] = new(NumberWordKind.Scale, 10_000_000m);
        d["dozen"] = new(NumberWordKind.Dozen, 12);
        d["dozens"] = new(NumberWordKind.Dozen, 12);
        d["doz"] = new(NumberWordKind.Dozen, 12);
        d["dozs"] = new(NumberWordKind.Dozen, 12);
        d["half"] = new(NumberWordKind.Half, 2);
        d["halves"] = new(NumberWordKind.Denominator, 2);
        d["quarter"] = new(NumberWordKind.Quarter, 4);
        d["quarters"] = new(NumberWordKind.Denominator, 4);

        string[] ordinals =
        [
            "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        ];
        for (var i = 1; i < ordinals.Length; i++)
        {
            d[ordinals[i]] = new(NumberWordKind.Ordinal, i);
            if (i >= 3)
            {
                d[ordinals[i] + "s"] = new(NumberWordKind.Denominator, i);
            }
        }

        d["nineth"] = new(NumberWordKind.Ordinal, 9);
        string[] tensOrdinals = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
        for (var i = 0; i < tensOrdinals.Length; i++)
        {
            d[tensOrdinals[i]] = new(NumberWordKind.Ordinal, 20 + (10 * i));
            d[tensOrdinals[i] + "s"] = new(NumberWordKind.Denominator, 20 + (10 * i));
        }

        d["hundredth"] = new(NumberWordKind.Ordinal, 100);
        d["hundredths"] = new(NumberWordKind.Denominator, 100);
        d["thousandth"] = new(NumberWordKind.Ordinal, 1_000);
        d["thousandths"] = new(NumberWordKind.Denominator, 1_000);
        d["millionth"] = new(NumberWordKind.Ordinal, 1_000_000);
        d["millionths"] = new(NumberWordKind.Denominator, 1_000_000);
        d["billionth"] = new(NumberWordKind.Ordinal, 1_000_000_000);
        d["billionths"] = new(NumberWordKind.Denominator, 1_000_000_000);
        d["trillionth"] = new(NumberWordKind.Ordinal, 1_000_000_000_000);
        d["trillionths"] = new(NumberWordKind.Denominator, 1_000_000_000_000);
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
