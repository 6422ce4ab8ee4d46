using ConsistencyCheck.Text;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// The part of a document's text that its language is judged on: at most <see cref="HeadLength"/> characters from the
/// start and <see cref="MiddleLength"/> from the middle, outside boilerplate. Bounded, so that a 16 MB document costs
/// no more than a short article.
/// </summary>
/// <remarks>
/// A sample is a short list of ranges of the text, in order and not overlapping; nothing is copied until
/// <see cref="ToString"/> is called (only when the text is handed to the language identifier). When the text outside
/// boilerplate has no letter (a page that is all menus), the whole text is sampled instead.
/// </remarks>
internal sealed class LanguageSample
{
    /// <summary>How many characters are taken from the start of the text outside boilerplate.</summary>
    internal const int HeadLength = 2048;

    /// <summary>How many characters are taken from the middle of the text outside boilerplate (when it is longer than the head).</summary>
    internal const int MiddleLength = 1024;

    private readonly string _text;
    private readonly Range[] _ranges;

    private LanguageSample(string text, Range[] ranges)
    {
        _text = text;
        _ranges = ranges;
    }

    /// <summary>The number of characters sampled.</summary>
    public int Length => _ranges.Sum(range => range.GetOffsetAndLength(_text.Length).Length);

    /// <summary>The sampled ranges of the text, in order.</summary>
    public IReadOnlyList<Range> Ranges => _ranges;

    /// <summary>The text the ranges point into.</summary>
    public string Text => _text;

    /// <summary>Samples <paramref name="text"/>, skipping <paramref name="boilerplate"/> (sorted by start, as documents hold it).</summary>
    public static LanguageSample Of(string text, IReadOnlyList<SourceSpan> boilerplate)
    {
        var content = Outside(text, boilerplate);
        if (!content.Any(range => HasLetter(text.AsSpan(range))))
        {
            content = [Range.All];
        }

        var total = content.Sum(range => range.GetOffsetAndLength(text.Length).Length);
        if (total <= HeadLength + MiddleLength)
        {
            return new LanguageSample(text, [.. content]);
        }

        var middleStart = Math.Max(HeadLength, (total - MiddleLength) / 2);
        return new LanguageSample(text, [.. Take(text, content, 0, HeadLength), .. Take(text, content, middleStart, MiddleLength)]);
    }

    /// <summary>The sampled characters as one string, ranges joined by a line break.</summary>
    public override string ToString() => string.Join('\n', _ranges.Select(range => _text[range]));

    // The ranges of the text between boilerplate regions. Regions may touch or overlap; they are clamped to the text.
    private static List<Range> Outside(string text, IReadOnlyList<SourceSpan> boilerplate)
    {
        var ranges = new List<Range>(boilerplate.Count + 1);
        var position = 0;
        foreach (var region in boilerplate)
        {
            var start = Math.Clamp(region.Start, position, text.Length);
            if (start > position)
            {
                ranges.Add(position..start);
            }

            position = Math.Max(position, Math.Min(region.End, text.Length));
        }

        if (position < text.Length)
        {
            ranges.Add(position..text.Length);
        }

        return ranges;
    }

    // The ranges covering `length` characters of the content, starting `skip` characters into it.
    private static IEnumerable<Range> Take(string text, List<Range> content, int skip, int length)
    {
        foreach (var range in content)
        {
            var (start, size) = range.GetOffsetAndLength(text.Length);
            if (skip >= size)
            {
                skip -= size;
                continue;
            }

            var taken = Math.Min(size - skip, length);
            yield return (start + skip)..(start + skip + taken);
            length -= taken;
            skip = 0;
            if (length == 0)
            {
                yield break;
            }
        }
    }

    private static bool HasLetter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
