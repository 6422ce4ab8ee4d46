using ConsistencyCheck.Text;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// Reads what the top of a text says about the document: its headline (the first line that is not furniture,
/// when it does not end with a full stop) and its publication time and outlet (from a dateline or byline).
/// </summary>
internal static class HeaderScanner
{
    /// <summary>How many non-blank lines from the top are searched for a dateline or byline.</summary>
    private const int MaxLines = 15;

    /// <summary>Longest headline, in characters.</summary>
    private const int MaxTitleLength = 200;

    /// <summary>Scans <paramref name="text"/> from <paramref name="start"/>.</summary>
    public static TextHeader Scan(string text, int start)
    {
        string? title = null;
        var lookingForTitle = true;
        DateTimeOffset? published = null;
        string? publisher = null;
        var seen = 0;
        foreach (var line in BoilerplateDetector.SplitLines(text, start))
        {
            var content = line.Slice(text);
            var kind = LineClassifier.Classify(content);
            if (kind == LineKind.Blank)
            {
                continue;
            }

            if (++seen > MaxLines)
            {
                break;
            }

            if (kind is LineKind.Byline or LineKind.Dateline && LineClassifier.TryReadHeader(LineClassifier.Plain(content), out var header))
            {
                published ??= header.Published;
                publisher ??= header.Publisher;
            }
            else if (kind == LineKind.Text && lookingForTitle)
            {
                lookingForTitle = false;
                title = AsTitle(content);
            }

            if (published is not null && publisher is not null && !lookingForTitle)
            {
                break;
            }
        }

        return new TextHeader(title, published, publisher);
    }

    private static string? AsTitle(ReadOnlySpan<char> line)
    {
        var plain = LineClassifier.Plain(line);
        var end = plain.AsSpan().TrimEnd("\"'”’)");
        if (plain.Length is 0 or > MaxTitleLength || end.Length == 0 || end[^1] is '.' or ':' or ',' or ';' || !plain.Any(char.IsLetter))
        {
            return null;
        }

        return plain;
    }
}
