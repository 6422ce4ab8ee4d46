using System.Collections.Frozen;
using System.Globalization;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// Reads absolute publication dates as they appear in metadata and datelines: ISO 8601 (<c>2024-03-14</c>,
/// <c>2024-03-14T08:00:00Z</c>), RFC 1123, and English forms such as <c>14 March 2024 09:30</c>,
/// <c>Thursday, 14 Feb 2024, 21:15 GMT</c>, <c>March 14, 2024 at 9:30 am</c>. A value without a zone is taken
/// as UTC; a date without a time is midnight UTC. Relative dates ("yesterday") are never read here.
/// </summary>
/// <remarks>A small scanner, independent of the Recognition stage (which comes later in the pipeline).</remarks>
internal static class DatelineParser
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Weekdays = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Only unambiguous zone abbreviations; "IST" and friends are left out on purpose.
    private static readonly FrozenDictionary<string, int> Zones = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["utc"] = 0, ["gmt"] = 0, ["z"] = 0, ["bst"] = 60, ["cet"] = 60, ["cest"] = 120,
        ["est"] = -300, ["edt"] = -240, ["cst"] = -360, ["cdt"] = -300, ["mst"] = -420, ["mdt"] = -360,
        ["pst"] = -480, ["pdt"] = -420, ["jst"] = 540, ["aest"] = 600, ["aedt"] = 660,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] StampPrefixes =
        ["first published", "last updated", "published", "updated", "posted", "date", "dated"];

    /// <summary>Reads a metadata value: ISO 8601, RFC 1123, or one of the English forms.</summary>
    public static bool TryParseValue(string? value, out DateTimeOffset result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value) || value.Length > 100)
        {
            return false;
        }

        var trimmed = value.AsSpan().Trim();
        if (LooksIso(trimmed) || trimmed.EndsWith("GMT", StringComparison.Ordinal))
        {
            return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out result);
        }

        return TryParseDate(trimmed, out result);
    }

    /// <summary>
    /// Reads a dateline segment: a date, optionally after a prefix such as <c>Published:</c> or <c>Updated</c>.
    /// The whole segment must be consumed.
    /// </summary>
    /// <param name="segment">The text, already cut at separators such as <c>|</c>.</param>
    /// <param name="result">The date and time read.</param>
    /// <param name="isUpdate">True when the prefix says it is an update time rather than first publication.</param>
    public static bool TryParseStamp(ReadOnlySpan<char> segment, out DateTimeOffset result, out bool isUpdate)
    {
        isUpdate = false;
        var text = segment.Trim();
        foreach (var prefix in StampPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) &&
                (text.Length == prefix.Length || !char.IsLetter(text[prefix.Length])))
            {
                isUpdate = prefix.Contains("updated", StringComparison.Ordinal);
                text = text[prefix.Length..].TrimStart().TrimStart(':').TrimStart();
                if (text.StartsWith("on ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("at ", StringComparison.OrdinalIgnoreCase))
                {
                    text = text[3..];
                }

                break;
            }
        }

        if (LooksIso(text))
        {
            return TryParseValue(text.ToString(), out result);
        }

        return TryParseDate(text, out result);
    }

    /// <summary>
    /// Reads an English date that makes up the whole of <paramref name="text"/>:
    /// <c>[time[,]] [weekday[,]] (day month | month day)[,] year [[,] [at] time [am|pm] [zone]]</c>.
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateTimeOffset result)
    {
        result = default;
        if (text.Length is 0 or > 100)
        {
            return false;
        }

        Span<Token> tokens = stackalloc Token[24];
        var count = Tokenize(text, tokens);
        if (count <= 0)
        {
            return false;
        }

        var scanner = new Scanner(text, tokens[..count]);
        var hasLeadingTime = scanner.TryTime(out var time);
        var leadingZone = hasLeadingTime && scanner.TryZone(out var z1) ? z1 : (int?)null;
        scanner.SkipWeekday();
        if (!scanner.TryDayMonthYear(out var year, out var month, out var day))
        {
            return false;
        }

        int? zone = leadingZone;
        if (!hasLeadingTime)
        {
            scanner.SkipWord("at");
            if (scanner.TryTime(out time))
            {
                zone = scanner.TryZone(out var z2) ? z2 : null;
            }
        }

        if (!scanner.AtEnd || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var offset = TimeSpan.FromMinutes(zone ?? 0);
        result = new DateTimeOffset(year, month, day, time.Hours, time.Minutes, time.Seconds, offset);
        return true;
    }

    private static bool LooksIso(ReadOnlySpan<char> text) =>
        text.Length >= 10 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) &&
        char.IsAsciiDigit(text[3]) && text[4] == '-';

    private static int Tokenize(ReadOnlySpan<char> text, Span<Token> tokens)
    {
        var count = 0;
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is ',' or '|' or '\u00B7' or '\u2022' or '-' or '\u2013' or '\u2014')
            {
                i++;
                continue;
            }

            if (count == tokens.Length)
            {
                return -1;
            }

            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == ':' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }

                // Ordinal suffixes: "14th March".
                if (i + 1 < text.Length && text.Slice(i, 2) is "st" or "nd" or "rd" or "th" && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
                {
                    tokens[count++] = new Token(start, i - start, IsNumber: true);
                    i += 2;
                    continue;
                }

                tokens[count++] = new Token(start, i - start, IsNumber: true);
                continue;
            }

            if (char.IsLetter(c))
            {
                while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                tokens[count++] = new Token(start, i - start, IsNumber: false);
                continue;
            }

            return -1;
        }

        return count;
    }

    private readonly record struct Token(int Start, int Length, bool IsNumber);

    private ref struct Scanner(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private readonly ReadOnlySpan<Token> _tokens = tokens;
        private int _next;

        public readonly bool AtEnd => _next == _tokens.Length;

        public void SkipWeekday()
        {
            if (!AtEnd && !_tokens[_next].IsNumber && Weekdays.Contains(Word(_tokens[_next])))
            {
                _next++;
            }
        }

        public void SkipWord(string word)
        {
            if (!AtEnd && !_tokens[_next].IsNumber && string.Equals(Word(_tokens[_next]), word, StringComparison.OrdinalIgnoreCase))
            {
                _next++;
            }
        }

        public bool TryDayMonthYear(out int year, out int month, out int day)
        {
            year = month = day = 0;
            if (_next + 3 > _tokens.Length)
            {
                return false;
            }

            var (a, b, c) = (_tokens[_next], _tokens[_next + 1], _tokens[_next + 2]);
            if (a.IsNumber && !b.IsNumber && TryDay(a, out day) && Months.TryGetValue(Word(b), out month))
            {
                // 14 March 2024
            }
            else if (!a.IsNumber && b.IsNumber && Months.TryGetValue(Word(a), out month) && TryDay(b, out day))
            {
                // March 14, 2024
            }
            else
            {
                return false;
            }

            if (!c.IsNumber || c.Length != 4 || !int.TryParse(Slice(c), NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < 1900 || year > 2200)
            {
                return false;
            }

            _next += 3;
            return true;
        }

        public bool TryTime(out TimeSpan time)
        {
            time = TimeSpan.Zero;
            if (AtEnd || !_tokens[_next].IsNumber)
            {
                return false;
            }

            var token = Slice(_tokens[_next]);
            var parts = token.Count(':');
            int hour, minute = 0, second = 0;
            var isMeridiem = _next + 1 < _tokens.Length && !_tokens[_next + 1].IsNumber && Word(_tokens[_next + 1]) is { } w &&
                (w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("pm", StringComparison.OrdinalIgnoreCase) ||
                 w.Equals("a.m", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m", StringComparison.OrdinalIgnoreCase));
            if (parts == 0)
            {
                // A bare hour only with am/pm ("11am").
                if (!isMeridiem || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out hour))
                {
                    return false;
                }
            }
            else
            {
                var colon = token.IndexOf(':');
                var rest = token[(colon + 1)..];
                var colon2 = rest.IndexOf(':');
                if (!int.TryParse(token[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out hour) ||
                    !int.TryParse(colon2 < 0 ? rest : rest[..colon2], NumberStyles.None, CultureInfo.InvariantCulture, out minute) ||
                    (colon2 >= 0 && !int.TryParse(rest[(colon2 + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out second)))
                {
                    return false;
                }
            }

            if (isMeridiem)
            {
                if (hour is < 1 or > 12)
                {
                    return false;
                }

                var pm = char.ToLowerInvariant(Slice(_tokens[_next + 1])[0]) == 'p';
                hour = (hour % 12) + (pm ? 12 : 0);
            }

            if (hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            _next += isMeridiem ? 2 : 1;
            time = new TimeSpan(hour, minute, second);
            return true;
        }

        public bool TryZone(out int minutes)
        {
            minutes = 0;
            if (!AtEnd && !_tokens[_next].IsNumber && Zones.TryGetValue(Word(_tokens[_next]), out minutes))
            {
                _next++;
                return true;
            }

            return false;
        }

        private readonly bool TryDay(Token token, out int day) =>
            int.TryParse(Slice(token), NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;

        private readonly ReadOnlySpan<char> Slice(Token token) => _text.Slice(token.Start, token.Length);

        private readonly string Word(Token token) => Slice(token).TrimEnd('.').ToString();
    }
}
