using System.Collections.Immutable;
using ConsistencyCheck.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// YAML front matter at the very top of a text or Markdown file: a <c>---</c> line, YAML, and a closing
/// <c>---</c> (or <c>...</c>) line. Only top-level scalar values are read (<c>title</c>, <c>url</c>,
/// <c>publisher</c>, <c>published</c> or <c>date</c>); nested values are skipped and aliases are never expanded,
/// so alias bombs cost nothing. Front matter longer than <see cref="MaxLength"/> characters, or that never
/// closes, is read as ordinary text with a warning.
/// </summary>
/// <param name="Region">The front matter, both delimiter lines included; empty when there is none.</param>
/// <param name="Title">The <c>title</c> value, or null.</param>
/// <param name="Publisher">The <c>publisher</c> value, or null.</param>
/// <param name="Url">The <c>url</c> value, or null.</param>
/// <param name="Published">The <c>published</c> (else <c>date</c>) value read as a date, or null.</param>
/// <param name="Diagnostics">Why it was not (fully) read.</param>
internal sealed record FrontMatter(
    SourceSpan Region,
    string? Title,
    string? Publisher,
    string? Url,
    DateTimeOffset? Published,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Longest front matter read, in characters.</summary>
    internal const int MaxLength = 64 * 1024;

    /// <summary>Most YAML events read before giving up.</summary>
    private const int MaxEvents = 10_000;

    /// <summary>No front matter.</summary>
    public static FrontMatter None { get; } = new(default, null, null, null, null, []);

    /// <summary>Reads the front matter at the start of <paramref name="text"/>, if any; <paramref name="source"/> names the file in messages.</summary>
    public static FrontMatter Read(string text, string source)
    {
        if (!IsDelimiter(text, 0, out var firstLineEnd, "---"))
        {
            return None;
        }

        var lineStart = firstLineEnd;
        while (lineStart < text.Length)
        {
            if (lineStart > MaxLength)
            {
                return Warn($"{source}: front matter is longer than {MaxLength / 1024} KB; read as text.");
            }

            if (IsDelimiter(text, lineStart, out var lineEnd, "---") || IsDelimiter(text, lineStart, out lineEnd, "..."))
            {
                var yaml = text[firstLineEnd..lineStart];
                return Parse(yaml, source) with { Region = SourceSpan.FromBounds(0, lineEnd) };
            }

            var next = text.IndexOf('\n', lineStart);
            lineStart = next < 0 ? text.Length : next + 1;
        }

        return Warn($"{source}: front matter opened on line 1 never closes; read as text.");
    }

    private static FrontMatter Warn(string message) => None with { Diagnostics = [Diagnostic.Warning(message)] };

    // True when a line starting at `start` is exactly `marker` (trailing spaces allowed); `end` is past its line break.
    private static bool IsDelimiter(string text, int start, out int end, string marker)
    {
        end = start;
        if (string.CompareOrdinal(text, start, marker, 0, marker.Length) != 0)
        {
            return false;
        }

        var i = start + marker.Length;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }

        if (i < text.Length && text[i] != '\n')
        {
            return false;
        }

        end = Math.Min(i + 1, text.Length);
        return true;
    }

    private static FrontMatter Parse(string yaml, string source)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        try
        {
            ReadTopLevelScalars(new Parser(new StringReader(yaml)), values, source, diagnostics);
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Diagnostic.Warning($"{source}: front matter is not valid YAML ({ex.Message}); its values were not read."));
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this, not a YamlException, on some malformed flow mappings ("{title: …\"").
            diagnostics.Add(Diagnostic.Warning($"{source}: front matter is not valid YAML ({ex.Message}); its values were not read."));
        }

        DateTimeOffset? published = null;
        if (values.TryGetValue("published", out var raw) || values.TryGetValue("date", out raw))
        {
            if (DatelineParser.TryParseValue(raw, out var date))
            {
                published = date;
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning($"{source}: front matter date '{Shorten(raw)}' is not a date; ignored."));
            }
        }

        return new FrontMatter(default, Value(values, "title"), Value(values, "publisher"), Value(values, "url"), published, diagnostics.ToImmutable());
    }

    private static void ReadTopLevelScalars(Parser parser, Dictionary<string, string> values, string source, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _))
        {
            return;
        }

        parser.Consume<DocumentStart>();
        if (parser.Accept<Scalar>(out var empty) && empty.Value.Length == 0)
        {
            return;
        }

        if (!parser.TryConsume<MappingStart>(out _))
        {
            diagnostics.Add(Diagnostic.Warning($"{source}: front matter is not a list of 'key: value' lines; ignored."));
            return;
        }

        var events = 0;
        var sawAlias = false;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (++events > MaxEvents)
            {
                diagnostics.Add(Diagnostic.Warning($"{source}: front matter is too complex; only its first values were read."));
                return;
            }

            if (!parser.TryConsume<Scalar>(out var key))
            {
                events += Skip(parser);
                events += Skip(parser);
                continue;
            }

            if (parser.TryConsume<Scalar>(out var value))
            {
                values.TryAdd(key.Value, value.Value);
            }
            else if (parser.TryConsume<AnchorAlias>(out _))
            {
                sawAlias = true;
            }
            else
            {
                events += Skip(parser);
            }
        }

        if (sawAlias)
        {
            diagnostics.Add(Diagnostic.Info($"{source}: front matter aliases (*name) are not expanded; those values were ignored."));
        }
    }

    // Skips one node (scalar, alias, or a whole nested mapping or sequence) without recursion; returns the events read.
    private static int Skip(Parser parser)
    {
        var depth = 0;
        var count = 0;
        do
        {
            var current = parser.Consume<ParsingEvent>();
            count++;
            depth += current.NestingIncrease;
            if (count > MaxEvents)
            {
                throw new YamlException("too many nested values");
            }
        }
        while (depth > 0);

        return count;
    }

    private static string? Value(Dictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
