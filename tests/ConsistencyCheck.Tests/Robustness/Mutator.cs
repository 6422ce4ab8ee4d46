using System.Text;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>
/// Random edits of real text, the way scrapers and encoders damage it: character flips, splices from other
/// documents, duplicated runs, inserted digits, hedges, units, separators and odd Unicode, deletions.
/// Everything comes from the <see cref="Random"/> passed in, so a seed replays a case exactly.
/// </summary>
internal static class Mutator
{
    /// <summary>Fragments that the recognizers combine: figures, hedges, units, ranges, dates and Unicode oddities.</summary>
    public static readonly string[] Tokens =
    [
        "0", "1", "7", "12", "41", "100", "1,000", "55,000", "3.4", "0.5", "1.2 million", "£40m", "$700 billion", "12%", "−5%",
        "20–30", "20-30", "between 40 and 60", "from 3 to 5", "about", "nearly", "almost", "more than", "at least",
        "up to", "fewer than", "roughly", "some", "around", "an estimated", "a dozen", "hundreds of", "thousands",
        "one", "forty-one", "two hundred and twelve", "million", "billion", "per cent", "percent", "metres", "mm",
        "km", "people", "residents", "homes", "killed", "evacuated", "on Tuesday", "last year", "in March", "14 March 2024",
        "2024-03-14", "March 14, 2024", "7 a.m.", "19:46", "since 1990", "the 1990s", "No. 7", "Ward 7", "1.",
        "\u00A0", "\u2009", "\u202F", "\u2212", "\u2013", "\u2014", "\u200F", "\u202E", "\uFEFF", "\uFFFD", "\u0000",
        "\u0665\u0665", "\u0967\u0968", "\uFF11\uFF12", "محمد", "שלום", "пять", "五千", "😀", "\uD83D", "\uDE00",
        "\r\n", "\n", "\r", "\n\n", "\t", ".", ",", ";", ":", "(", ")", "\"", "“", "”", "'", "’", "…", "/", "-", "--", "e",
    ];

    /// <summary>Applies between 1 and <paramref name="maxEdits"/> random edits to <paramref name="text"/>.</summary>
    public static string Mutate(Random random, string text, IReadOnlyList<string> corpus, int maxEdits = 8)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, maxEdits + 1);
        for (var e = 0; e < edits; e++)
        {
            var at = builder.Length == 0 ? 0 : random.Next(builder.Length + 1);
            switch (random.Next(7))
            {
                case 0 when builder.Length > 0:
                    // A flipped bit, as a damaged byte would give (as a UTF-16 code unit, so lone surrogates appear too).
                    var i = Math.Min(at, builder.Length - 1);
                    builder[i] = (char)(builder[i] ^ (1 << random.Next(16)));
                    break;
                case 1:
                    builder.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 2:
                    builder.Insert(at, " " + Tokens[random.Next(Tokens.Length)] + " " + Tokens[random.Next(Tokens.Length)] + " ");
                    break;
                case 3 when builder.Length > 0:
                    var length = random.Next(1, Math.Min(200, builder.Length - Math.Min(at, builder.Length - 1)) + 1);
                    var start = Math.Min(at, builder.Length - 1);
                    var run = builder.ToString(start, Math.Min(length, builder.Length - start));
                    builder.Insert(start, run);
                    break;
                case 4 when builder.Length > 0:
                    var from = Math.Min(at, builder.Length - 1);
                    builder.Remove(from, Math.Min(random.Next(1, 50), builder.Length - from));
                    break;
                case 5 when corpus.Count > 0:
                    var other = corpus[random.Next(corpus.Count)];
                    var otherStart = random.Next(other.Length);
                    builder.Insert(at, other.AsSpan(otherStart, Math.Min(random.Next(1, 300), other.Length - otherStart)));
                    break;
                default:
                    builder.Insert(at, random.Next(1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A text made only of <see cref="Tokens"/> and spaces: dense in everything the recognizers look at.</summary>
    public static string TokenSoup(Random random, int tokens)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < tokens; i++)
        {
            builder.Append(Tokens[random.Next(Tokens.Length)]);
            if (random.Next(3) > 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
