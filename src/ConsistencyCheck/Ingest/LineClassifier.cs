using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// Classifies single lines as page furniture by general rules (see docs/ingest.md). Conservative: a line that ends
/// like a sentence, or is longer than <see cref="MaxFurnitureLineLength"/>, is always <see cref="LineKind.Text"/>.
/// Markdown decoration (<c>#</c>, <c>&gt;</c>, <c>*emphasis*</c>, <c>[links](url)</c>) is ignored.
/// </summary>
internal static class LineClassifier
{
    /// <summary>Lines longer than this are never furniture.</summary>
    internal const int MaxFurnitureLineLength = 400;

    private static readonly SearchValues<char> NameStoppers = SearchValues.Create(".!?:;\"“”");
    private static readonly SearchValues<char> MenuStoppers = SearchValues.Create(".!?:;");

    // Separators of header segments and menu items; static so that no line allocates them.
    private static readonly char[] HeaderSeparators = ['|', '\u00B7', '\u2022'];
    private static readonly char[] ItemSeparators = ['|', '\u2022', '\u00B7'];

    private static readonly FrozenSet<string> ListHeads = new[]
    {
        "most read", "most popular", "most viewed", "most shared", "most commented", "most watched",
        "related", "related stories", "related articles", "related content", "related links", "related topics", "related news",
        "read next", "read more", "more on this story", "more stories", "more news", "more like this", "top stories",
        "trending", "trending now", "trending stories", "popular", "popular now", "popular stories",
        "you may also like", "you might also like", "recommended", "recommended for you", "recommended stories",
        "see also", "also read", "editor's picks", "editors' picks", "editor’s picks", "latest news", "latest stories",
        "in other news", "around the web", "elsewhere on the site", "what to read next", "don't miss", "don’t miss",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FurnitureLines = new[]
    {
        "advertisement", "advert", "sponsored", "sponsored content", "share", "share this", "share this article",
        "share this story", "share this page", "share on facebook", "share on twitter", "skip to content",
        "skip to main content", "comments", "show comments", "view comments", "topics", "tags", "listen to this article",
        "print", "email", "back to top", "menu", "search",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

#if NET9_0_OR_GREATER
    // Declared after the sets: static fields are initialized in order.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ListHeadLookup = ListHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FurnitureLineLookup = FurnitureLines.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    // Line starts that make a short line furniture, and "Xxx:" link lines that point at other stories.
    private static readonly string[] FurniturePrefixes = ["sign up to", "sign up for", "subscribe to", "subscribe now", "follow us", "download our app", "get our newsletter"];
    private static readonly string[] LinkPrefixes = ["related:", "read more:", "read next:", "see also:", "also read:", "most read:", "more:", "watch:", "listen:"];
    private static readonly string[] TickerPrefixes = ["breaking news", "breaking", "live", "latest", "just in", "developing", "news alert", "flash"];
    private static readonly string[] BylinePrefixes = ["By ", "BY ", "Written by ", "Words by ", "Reporting by ", "Story by ", "Text by "];

    private static readonly FrozenSet<string> NameConnectors = new[]
    {
        "and", "&", "de", "del", "der", "van", "von", "al", "bin", "la", "le", "du", "da", "di", "of", "the", "in", "for", "on",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotNames = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "then", "now", "the",
        "law", "far", "contrast", "comparison", "default", "design", "mistake", "chance", "noon", "midnight", "tonight", "today",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> JobWords = new[]
    {
        "correspondent", "editor", "reporter", "writer", "journalist", "columnist", "staff", "producer", "analyst", "critic",
        "contributor", "chief", "senior", "political", "health", "business", "science", "sports", "sport", "education",
        "foreign", "economics", "deputy", "associate", "special", "photographer", "presenter", "agencies", "agency",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> OutletWords = new[]
    {
        "courier", "post", "times", "herald", "news", "gazette", "journal", "ledger", "chronicle", "telegraph", "guardian",
        "wire", "tribune", "mail", "express", "standard", "observer", "star", "mirror", "echo", "record", "press",
        "independent", "review", "daily", "weekly", "today", "argus", "advertiser", "examiner", "sentinel", "bulletin",
        "dispatch", "mercury", "register", "recorder", "leader", "messenger", "inquirer", "enquirer", "online",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Classifies one line (without its line break).</summary>
    public static LineKind Classify(ReadOnlySpan<char> line)
    {
        if (line.IsWhiteSpace())
        {
            return LineKind.Blank;
        }

        if (line.Length > MaxFurnitureLineLength)
        {
            return LineKind.Text;
        }

        // Read on a span of the line: most lines are paragraphs, and none of them needs a string of its own.
        var plain = PlainText(line);
        if (plain.Length == 0)
        {
            return LineKind.Text;
        }

        if (IsCopyright(plain))
        {
            return LineKind.Copyright;
        }

        var head = plain.TrimEnd(':').TrimEnd();
        if (IsListHead(head))
        {
            return LineKind.ListHead;
        }

        if (IsFurnitureHead(head) || IsFurnitureLine(plain))
        {
            return LineKind.Furniture;
        }

        if (MayBeHeader(plain) && TryReadHeader(plain.ToString(), out var header))
        {
            return header.IsByline ? LineKind.Byline : LineKind.Dateline;
        }

        if (HasTickerPrefix(plain))
        {
            return LineKind.Ticker;
        }

        return ClassifySeparatedItems(line.Trim(), plain);
    }

    /// <summary>
    /// True for a line that can belong to a list of other stories after a <see cref="LineKind.ListHead"/>:
    /// a numbered or bulleted item, or a short headline-like line that does not end with a full stop.
    /// </summary>
    public static bool IsListItem(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxFurnitureLineLength)
        {
            return false;
        }

        var item = StripListMarker(trimmed, out var hasMarker);
        var words = CountWords(item);
        if (hasMarker)
        {
            return words is > 0 and <= 30;
        }

        // Headlines may end with '?' or '!' but not with a full stop.
        var end = PlainText(item).TrimEnd("\"'”’)]*_");
        return words is > 0 and <= 15 && item.Length <= 120 && (end.Length == 0 || end[^1] != '.');
    }

    /// <summary>True when the line starts with a list number ("1.", "2)") or bullet ("-", "*", "•").</summary>
    public static bool HasListMarker(ReadOnlySpan<char> line)
    {
        StripListMarker(line.Trim(), out var hasMarker);
        return hasMarker;
    }

    /// <summary>
    /// Reads a byline or dateline line: segments separated by <c>|</c>, <c>·</c> or <c>•</c>, each a byline
    /// ("By Name[, Title]"), a date (<see cref="DatelineParser.TryParseStamp"/>) or a short proper name (the outlet).
    /// </summary>
    public static bool TryReadHeader(string plain, out HeaderLine header)
    {
        header = default;
        if (!MayBeHeader(plain))
        {
            return false;
        }

        var isByline = false;
        DateTimeOffset? published = null;
        DateTimeOffset? updated = null;
        string? name = null;
        string? outlet = null;
        var names = 0;
        foreach (var raw in plain.Split(HeaderSeparators))
        {
            var segment = raw.Trim();
            if (segment.Length == 0)
            {
                continue;
            }

            if (TryReadByline(segment, out var title))
            {
                isByline = true;
                outlet ??= title is not null && IsOutletName(title) ? title : null;
            }
            else if (DatelineParser.TryParseStamp(segment, out var date, out var isUpdate))
            {
                if (isUpdate)
                {
                    updated ??= date;
                }
                else
                {
                    published ??= date;
                }
            }
            else if (IsProperName(segment, maxWords: 6))
            {
                names++;
                name ??= segment;
            }
            else
            {
                return false;
            }
        }

        if (!isByline && published is null && updated is null)
        {
            return false;
        }

        header = new HeaderLine(isByline, published ?? updated, outlet ?? (names == 1 ? name : null));
        return true;
    }

    /// <summary>The line without Markdown decoration: heading marks, quote marks, emphasis and link targets.</summary>
    internal static string Plain(ReadOnlySpan<char> line) => PlainText(line).ToString();

    /// <summary>As <see cref="Plain"/>, as a slice of <paramref name="line"/> unless a link had to be rewritten.</summary>
    private static ReadOnlySpan<char> PlainText(ReadOnlySpan<char> line)
    {
        var s = line.Trim();
        s = s.TrimStart('#').TrimStart();
        while (s.Length > 0 && s[0] == '>')
        {
            s = s[1..].TrimStart();
        }

        s = s.Trim("*_").Trim();
        if (s.IndexOf('[') < 0)
        {
            return s;
        }

        // "[text](url)" reads as "text".
        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '[')
            {
                var close = s[i..].IndexOf("](", StringComparison.Ordinal);
                var end = close < 0 ? -1 : s[(i + close)..].IndexOf(')');
                if (close > 0 && end > 0)
                {
                    builder.Append(s.Slice(i + 1, close - 1));
                    i += close + end;
                    continue;
                }
            }

            builder.Append(s[i]);
        }

        return builder.ToString().AsSpan().Trim();
    }

    /// <summary>False for a line that cannot be a byline or dateline: too long, or ending like a sentence (but not with "a.m." or "p.m.").</summary>
    private static bool MayBeHeader(ReadOnlySpan<char> plain) =>
        plain.Length <= 160 && !(EndsLikeSentence(plain) && !plain.EndsWith("a.m.", StringComparison.Ordinal) && !plain.EndsWith("p.m.", StringComparison.Ordinal));

#if NET9_0_OR_GREATER
    private static bool IsListHead(ReadOnlySpan<char> head) => ListHeadLookup.Contains(head);

    private static bool IsFurnitureHead(ReadOnlySpan<char> head) => FurnitureLineLookup.Contains(head);
#else
    private static bool IsListHead(ReadOnlySpan<char> head) => ListHeads.Contains(head.ToString());

    private static bool IsFurnitureHead(ReadOnlySpan<char> head) => FurnitureLines.Contains(head.ToString());
#endif

    private static bool IsCopyright(ReadOnlySpan<char> plain)
    {
        if (plain.Length > 200)
        {
            return false;
        }

        return plain[0] == '\u00A9' || (plain.StartsWith("(c) ", StringComparison.OrdinalIgnoreCase) && plain.Length > 4 && char.IsAsciiDigit(plain[4])) ||
            plain.StartsWith("Copyright \u00A9", StringComparison.OrdinalIgnoreCase) ||
            (plain.StartsWith("Copyright ", StringComparison.OrdinalIgnoreCase) && plain.Length > 10 && (char.IsAsciiDigit(plain[10]) || char.IsUpper(plain[10]))) ||
            plain.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase);
    }

    // A short line (15 words at most) opening with a furniture or link prefix. The prefixes are tested first: most
    // lines have none, and counting the words of a paragraph costs more.
    private static bool IsFurnitureLine(ReadOnlySpan<char> plain)
    {
        // "Sign up ...", "Follow us ...": promotions carry no figures; a line with digits stays text.
        foreach (var prefix in FurniturePrefixes)
        {
            if (plain.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && plain.IndexOfAnyInRange('0', '9') < 0)
            {
                return CountWords(plain, stopAfter: 16) <= 15;
            }
        }

        foreach (var prefix in LinkPrefixes)
        {
            if (plain.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return CountWords(plain, stopAfter: 16) <= 15;
            }
        }

        return false;
    }

    private static bool HasTickerPrefix(ReadOnlySpan<char> plain)
    {
        foreach (var prefix in TickerPrefixes)
        {
            if (plain.Length > prefix.Length + 1 && plain.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = plain[prefix.Length..].TrimStart();
                if (rest.Length > 0 && rest[0] is ':' or '|' or '-' or '\u2013' or '\u2014')
                {
                    // "Live: ..." at the start of a sentence-like line stays text unless it is upper case or short.
                    return char.IsUpper(plain[1]) || CountWords(plain) <= 20 || plain.Contains(" | ", StringComparison.Ordinal);
                }
            }
        }

        return false;
    }

    private static LineKind ClassifySeparatedItems(ReadOnlySpan<char> line, ReadOnlySpan<char> plain)
    {
        // A Markdown table row starts or ends with '|': data, never furniture.
        if (line[0] == '|' || line[^1] == '|')
        {
            return LineKind.Text;
        }

        var body = StripListMarker(plain, out _);

        // Without a separator there is one item at most: text, and nothing to split.
        if (body.IndexOfAny(ItemSeparators) < 0)
        {
            return LineKind.Text;
        }

        var items = body.ToString().Split(ItemSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length < 3)
        {
            return LineKind.Text;
        }

        var allShort = true;
        foreach (var item in items)
        {
            var words = CountWords(item);
            if (words > 20 || item.Length > 160)
            {
                return LineKind.Text;
            }

            allShort &= words <= 4 && item.Length <= 32 && (char.IsUpper(item[0]) || char.IsAsciiDigit(item[0])) &&
                item.AsSpan().IndexOfAny(MenuStoppers) < 0;
        }

        if (allShort)
        {
            return LineKind.Menu;
        }

        // Several headlines on one line, separated by " | ": a ticker or a strip of other stories.
        return plain.Contains(" | ", StringComparison.Ordinal) ? LineKind.Ticker : LineKind.Text;
    }

    private static bool TryReadByline(string segment, out string? title)
    {
        title = null;
        string? rest = null;
        foreach (var prefix in BylinePrefixes)
        {
            if (segment.StartsWith(prefix, StringComparison.Ordinal))
            {
                rest = segment[prefix.Length..].Trim();
                break;
            }
        }

        if (string.IsNullOrEmpty(rest))
        {
            return false;
        }

        var comma = rest.IndexOf(',', StringComparison.Ordinal);
        var name = comma < 0 ? rest : rest[..comma].Trim();
        var firstWord = name.Split(' ', 2)[0];
        if (!IsProperName(name, maxWords: 8) || NotNames.Contains(firstWord))
        {
            return false;
        }

        if (comma >= 0)
        {
            title = rest[(comma + 1)..].Trim();
            if (title.Length == 0 || CountWords(title) > 8 || title.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || EndsLikeSentence(title))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsProperName(string text, int maxWords)
    {
        if (text.Length is 0 or > 60 || text.AsSpan().IndexOfAny(NameStoppers) >= 0 || text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > maxWords || !char.IsUpper(words[0][0]))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) && !NameConnectors.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOutletName(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Any(JobWords.Contains))
        {
            return false;
        }

        return words[0].Equals("The", StringComparison.Ordinal) || OutletWords.Contains(words[^1]);
    }

    private static ReadOnlySpan<char> StripListMarker(ReadOnlySpan<char> line, out bool hasMarker)
    {
        hasMarker = false;
        if (line.Length >= 2 && line[0] is '-' or '*' or '+' or '\u2022' && line[1] == ' ')
        {
            hasMarker = true;
            return line[2..].TrimStart();
        }

        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ')
        {
            hasMarker = true;
            return line[(digits + 2)..].TrimStart();
        }

        return line;
    }

    private static bool EndsLikeSentence(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd().TrimEnd("\"'”’)]*_");
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ';' && !t.EndsWith("...", StringComparison.Ordinal);
    }

    private static int CountWords(ReadOnlySpan<char> text) => CountWords(text, int.MaxValue);

    // The number of words, or stopAfter when there are at least that many (a long paragraph need not be counted whole).
    private static int CountWords(ReadOnlySpan<char> text, int stopAfter)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            count += !isSpace && !inWord ? 1 : 0;
            if (count == stopAfter)
            {
                return count;
            }

            inWord = !isSpace;
        }

        return count;
    }
}
