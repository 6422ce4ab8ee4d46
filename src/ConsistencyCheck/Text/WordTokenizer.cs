using System.Collections.Immutable;

namespace ConsistencyCheck.Text;

/// <summary>
/// Splits a span of text into words: runs of letters, digits and inner hyphens, apostrophes, commas or periods
/// between digits ("55,000", "3.5", "forty-one", "doctors'"). One linear pass; thread-safe.
/// </summary>
public static class WordTokenizer
{
    /// <summary>The words of <paramref name="span"/> in <paramref name="text"/>, in order.</summary>
    public static ImmutableArray<Word> Tokenize(string text, SourceSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = ImmutableArray.CreateBuilder<Word>();
        var end = Math.Min(span.End, text.Length);
        var clauseBreak = false;
        var i = Math.Max(0, span.Start);
        while (i < end)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is ',' or ';' or ':' or '(' or ')' or '—' or '–' or '"' or '“' or '”')
                {
                    clauseBreak = true;
                }

                i++;
                continue;
            }

            var start = i;
            i++;
            while (i < end)
            {
                var d = text[i];
                if (char.IsLetterOrDigit(d))
                {
                    i++;
                }
                else if (d is '-' or '\'' or '’' && i + 1 < end && char.IsLetter(text[i + 1]) && char.IsLetterOrDigit(text[i - 1]))
                {
                    i++;
                }
                else if (d is ',' or '.' && i + 1 < end && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            var length = i - start;
            words.Add(new Word(new SourceSpan(start, length), text.Substring(start, length).ToLowerInvariant(), char.IsUpper(c), clauseBreak));
            clauseBreak = false;
        }

        return words.ToImmutable();
    }
}
