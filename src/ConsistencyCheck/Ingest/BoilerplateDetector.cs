using System.Collections.Immutable;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// Finds page furniture in plain text saved from a web page: menu lines, breaking-news tickers, bylines,
/// datelines, copyright lines, one-line furniture ("Advertisement", "Share this article", "Sign up ...") and
/// lists of other stories under a heading such as "Most read", "Related stories" or "Read next".
/// </summary>
/// <remarks>
/// Works line by line with general rules, not tuned to any outlet, and is conservative: a line that ends like a
/// sentence or runs longer than 400 characters is never marked, and a list after a heading ends at the first
/// line that is neither a numbered or bulleted item nor a short headline. Regions are marked, not removed, so
/// offsets stay true. Thread-safe; allocates only small strings for short candidate lines.
/// </remarks>
public static class BoilerplateDetector
{
    /// <summary>Returns the furniture regions of <paramref name="text"/>: ordered, non-overlapping, each covering whole lines (without the final line break).</summary>
    /// <example>
    /// <code>
    /// var text = "Home | News | Sport | Weather\n\nTwo people were killed.\n";
    /// var regions = BoilerplateDetector.Detect(text);   // one region: [0..29)
    /// </code>
    /// </example>
    public static ImmutableArray<SourceSpan> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(text, 0);
    }

    /// <summary>As <see cref="Detect(string)"/>, looking only at the lines from <paramref name="start"/> on.</summary>
    internal static ImmutableArray<SourceSpan> Detect(string text, int start)
    {
        var lines = SplitLines(text, start);
        var marked = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var kind = LineClassifier.Classify(lines[i].Slice(text));
            if (kind is LineKind.Text or LineKind.Blank)
            {
                continue;
            }

            marked[i] = true;
            if (kind == LineKind.ListHead)
            {
                i = MarkList(text, lines, marked, i + 1) - 1;
            }
        }

        return Merge(text, lines, marked);
    }

    /// <summary>The lines of <paramref name="text"/> from <paramref name="start"/>, without line breaks.</summary>
    internal static List<SourceSpan> SplitLines(string text, int start)
    {
        // One line per line feed, and one after the last: counted first (a vectorized count), so the list never grows.
        var lines = new List<SourceSpan>(text.AsSpan(start).Count('\n') + 1);
        var lineStart = start;
        for (var i = start; i <= text.Length; i++)
        {
            // Jump to the next line feed, or to the end (a vectorized search).
            if (i < text.Length)
            {
                var next = text.AsSpan(i).IndexOf('\n');
                i = next < 0 ? text.Length : i + next;
            }

            var end = i > lineStart && text[i - 1] == '\r' ? i - 1 : i;
            lines.Add(SourceSpan.FromBounds(lineStart, end));
            lineStart = i + 1;
        }

        return lines;
    }

    // Marks the list after a heading and returns the index of the first line not in it.
    private static int MarkList(string text, List<SourceSpan> lines, bool[] marked, int first)
    {
        var i = first;

        // One blank line may separate the heading from its list.
        if (i < lines.Count && LineClassifier.Classify(lines[i].Slice(text)) == LineKind.Blank)
        {
            i++;
        }

        var items = 0;
        while (i < lines.Count)
        {
            var line = lines[i].Slice(text);
            if (line.IsWhiteSpace())
            {
                // A loose Markdown list: blank lines between numbered or bulleted items.
                var next = i + 1;
                while (next < lines.Count && lines[next].Slice(text).IsWhiteSpace())
                {
                    next++;
                }

                if (items > 0 && next < lines.Count && LineClassifier.HasListMarker(lines[next].Slice(text)))
                {
                    i = next;
                    continue;
                }

                break;
            }

            if (!LineClassifier.IsListItem(line))
            {
                break;
            }

            marked[i] = true;
            items++;
            i++;
        }

        return Math.Max(i, first);
    }

    private static ImmutableArray<SourceSpan> Merge(string text, List<SourceSpan> lines, bool[] marked)
    {
        // Most texts have no furniture or little: the builder is made for the first region.
        ImmutableArray<SourceSpan>.Builder? result = null;
        SourceSpan? open = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!marked[i])
            {
                if (!lines[i].Slice(text).IsWhiteSpace() && open is { } done)
                {
                    (result ??= ImmutableArray.CreateBuilder<SourceSpan>()).Add(done);
                    open = null;
                }

                continue;
            }

            var line = Trim(text, lines[i]);
            open = open is { } current ? SourceSpan.FromBounds(current.Start, line.End) : line;
        }

        if (open is { } last)
        {
            (result ??= ImmutableArray.CreateBuilder<SourceSpan>()).Add(last);
        }

        return result is null ? [] : result.ToImmutable();
    }

    private static SourceSpan Trim(string text, SourceSpan line)
    {
        int start = line.Start, end = line.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return SourceSpan.FromBounds(start, end);
    }
}
