using System.Collections.Immutable;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Assertions;

/// <summary>Small shape tests and index helpers over the words of a sentence.</summary>
internal static class WordShapes
{
    public static bool IsAlphabetic(string lower)
    {
        foreach (var c in lower)
        {
            if (!char.IsLetter(c) && c is not '-' and not '\'' and not '’')
            {
                return false;
            }
        }

        return lower.Length > 0;
    }

    /// <summary>"its", "their", "our", "the city's", "workers'": a possessive before a noun.</summary>
    public static bool IsPossessive(string lower) =>
        lower is "its" or "their" or "our" || lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal) ||
        lower.EndsWith("s'", StringComparison.Ordinal);

    /// <summary>A word that writes a figure: digits ("19", "2.3") or a number word ("eleven").</summary>
    public static bool IsFigureWord(string lower) =>
        (lower.Length > 0 && char.IsDigit(lower[0])) || Recognition.Lexicons.NumberLexicon.TryGet(lower, out _);

    /// <summary>Plural nouns and agent nouns that a predicate lexicon also lists ("signatories", "strikers").</summary>
    public static bool IsNounLike(string lower) =>
        lower.EndsWith("ies", StringComparison.Ordinal) || lower.EndsWith("ees", StringComparison.Ordinal) ||
        lower.EndsWith("ths", StringComparison.Ordinal) || lower.EndsWith("ers", StringComparison.Ordinal) ||
        lower.EndsWith("tions", StringComparison.Ordinal) || lower is "dead" or "hostages" or "captives" or "cases" or "fatalities" or "casualties" or "jobs" or "toll";

    /// <summary>The lower-case words from <paramref name="first"/> to <paramref name="last"/> (both included), joined by single spaces; empty when <paramref name="last"/> is before <paramref name="first"/>.</summary>
    public static string JoinLower(ImmutableArray<Word> words, int first, int last)
    {
        if (last < first)
        {
            return string.Empty;
        }

        if (last == first)
        {
            return words[first].Lower;
        }

        var length = last - first;
        for (var i = first; i <= last; i++)
        {
            length += words[i].Lower.Length;
        }

        return string.Create(length, (words, first, last), static (buffer, state) =>
        {
            var at = 0;
            for (var i = state.first; i <= state.last; i++)
            {
                if (i > state.first)
                {
                    buffer[at++] = ' ';
                }

                var lower = state.words[i].Lower;
                lower.CopyTo(buffer[at..]);
                at += lower.Length;
            }
        });
    }

    public static int FirstWordAtOrAfter(ImmutableArray<Word> words, int offset)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Span.Start >= offset)
            {
                return i;
            }
        }

        return words.Length;
    }

    public static int LastWordBefore(ImmutableArray<Word> words, int offset)
    {
        var last = -1;
        for (var i = 0; i < words.Length && words[i].Span.Start < offset; i++)
        {
            last = i;
        }

        return last;
    }

    /// <summary>True when a comma, semicolon, dash or bracket stands between word <paramref name="from"/> and word <paramref name="to"/> (exclusive of the first).</summary>
    public static bool ClauseBreakBetween(ImmutableArray<Word> words, int from, int to)
    {
        for (var i = Math.Max(from + 1, 0); i <= to && i < words.Length; i++)
        {
            if (words[i].PrecededByClauseBreak)
            {
                return true;
            }
        }

        return false;
    }
}
