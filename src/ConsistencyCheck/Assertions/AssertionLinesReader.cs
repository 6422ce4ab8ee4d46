using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// Reads the assertion lines <see cref="AssertionLinesWriter"/> writes (docs/report-schema.md, "Assertion lines"),
/// one line at a time, so a file of any size streams. Blank lines are skipped. Repeated strings (collections,
/// outlets, classes) are shared within one read, so millions of assertions stay compact. Thread-safe (stateless).
/// </summary>
public static class AssertionLinesReader
{
    /// <summary>Lines longer than this are refused (a sentence and its figure fit many times over).</summary>
    public const int MaxLineBytes = 16 * 1024 * 1024;

    private const int MaxSharedStrings = 1 << 16;

    /// <summary>Reads every line of <paramref name="stream"/> (UTF-8); the caller owns the stream.</summary>
    /// <param name="stream">The assertions file.</param>
    /// <param name="source">Names the input in error messages (a path).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="InvalidDataException">A line is not an assertion line; the message names the source and line.</exception>
    public static async IAsyncEnumerable<AssertionLine> ReadAsync(Stream stream, string source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        var reader = new Utf8LineReader(stream, MaxLineBytes);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false))
        {
            if (reader.TooLong)
            {
                throw new InvalidDataException($"{source}: line {reader.LineNumber} is longer than {MaxLineBytes} bytes.");
            }

            var line = reader.Line;
            if (line.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            yield return Parse(line, reader.LineNumber, source, strings);
        }
    }

    /// <summary>Reads one line (UTF-8 JSON, without its line break).</summary>
    /// <exception cref="InvalidDataException">It is not an assertion line.</exception>
    public static AssertionLine ParseLine(ReadOnlySpan<byte> line, long lineNumber = 1, string source = "-")
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parse(line, lineNumber, source, new Dictionary<string, string>(StringComparer.Ordinal));
    }

    private static AssertionLine Parse(ReadOnlySpan<byte> line, long lineNumber, string source, Dictionary<string, string> strings)
    {
        try
        {
            var json = new Utf8JsonReader(line);
            using var document = JsonDocument.ParseValue(ref json);
            var root = document.RootElement;
            var shared = new SharedStrings(strings);
            if (root.TryGetProperty("document", out var documentElement))
            {
                var summary = ReadDocument(documentElement, shared);
                return new DocumentLine(lineNumber, summary)
                {
                    // Additional: absent from lines written before stories were found, and when they are not found automatically.
                    Signature = root.TryGetProperty("signature", out var signature) ? AssertionJson.ReadSignature(signature, summary) : null,
                };
            }

            if (root.TryGetProperty("assertion", out var assertionElement))
            {
                var partition = shared.Get(root.GetProperty("partition").GetString());
                return new AssertionRecordLine(lineNumber, partition, ReadAssertion(assertionElement, shared));
            }

            throw new FormatException("it has neither a \"document\" nor an \"assertion\" property");
        }
        catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or ArgumentException or OverflowException)
        {
            throw new InvalidDataException($"{source}: line {lineNumber} is not an assertion line: {ex.Message}", ex);
        }
    }

    private static DocumentSummary ReadDocument(JsonElement element, SharedStrings shared)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var diagnostic in element.GetProperty("diagnostics").EnumerateArray())
        {
            diagnostics.Add(new Diagnostic(
                AssertionNameParser.Severity(diagnostic.GetProperty("severity").GetString()!),
                diagnostic.GetProperty("message").GetString()!));
        }

        var published = element.GetProperty("published").GetString();
        return new DocumentSummary(
            new DocumentId(element.GetProperty("id").GetString()!),
            element.GetProperty("source").GetString()!,
            shared.Get(element.GetProperty("collection").GetString())!,
            element.GetProperty("title").GetString(),
            shared.Get(element.GetProperty("publisher").GetString()),
            published is null ? null : DateTimeOffset.ParseExact(published, InvariantText.TimestampPattern, CultureInfo.InvariantCulture),
            diagnostics.ToImmutable())
        {
            // Additional: a path that does not exist (absent from lines written before it was added, and on documents).
            IsMissingPath = element.TryGetProperty("missingPath", out var missing) && missing.ValueKind == JsonValueKind.True,
        };
    }

    private static Assertion ReadAssertion(JsonElement element, SharedStrings shared)
    {
        var value = element.GetProperty("value");
        var unitName = value.GetProperty("unit").GetString();
        var unitCategory = value.GetProperty("unitCategory").GetString();
        var unit = unitName is null || unitCategory is null
            ? null
            : new Unit(shared.Get(unitName)!, shared.Get(unitCategory)!, shared.Get(value.GetProperty("currency").GetString()));
        var start = element.GetProperty("start").GetInt32();
        var figureStart = element.TryGetProperty("figureStart", out var fs) && fs.ValueKind == JsonValueKind.Number ? fs.GetInt32() : (int?)null;
        var figureEnd = element.TryGetProperty("figureEnd", out var fe) && fe.ValueKind == JsonValueKind.Number ? fe.GetInt32() : (int?)null;
        var quantity = new Quantity(
            AssertionNameParser.EntityType(value.GetProperty("type").GetString()!),
            SourceSpan.FromBounds(start, element.GetProperty("end").GetInt32()),
            element.GetProperty("text").GetString()!,
            Decimal(value.GetProperty("stated")),
            new Interval(
                Decimal(value.GetProperty("low")),
                Decimal(value.GetProperty("high")),
                value.GetProperty("lowInclusive").GetBoolean(),
                value.GetProperty("highInclusive").GetBoolean()),
            AssertionNameParser.Qualifier(value.GetProperty("qualifier").GetString()!),
            unit,
            Decimal(value.GetProperty("precision")))
        {
            FigureSpan = figureStart is { } f && figureEnd is { } e ? SourceSpan.FromBounds(f, e) : null,
        };

        var subject = element.GetProperty("subject");
        var predicate = element.GetProperty("predicate");
        var restrictors = ImmutableArray.CreateBuilder<string>();
        foreach (var restrictor in element.GetProperty("restrictors").EnumerateArray())
        {
            restrictors.Add(shared.Get(restrictor.GetString())!);
        }

        return new Assertion
        {
            Id = new AssertionId(element.GetProperty("id").GetString()!),
            DocumentId = new DocumentId(element.GetProperty("documentId").GetString()!),
            Collection = shared.Get(element.GetProperty("collection").GetString())!,
            Publisher = shared.Get(element.GetProperty("publisher").GetString()),
            Published = element.TryGetProperty("published", out var published) ? Date(published) : null,
            Quantity = quantity,
            Sentence = SourceSpan.FromBounds(element.GetProperty("sentenceStart").GetInt32(), element.GetProperty("sentenceEnd").GetInt32()),
            SentenceText = element.GetProperty("sentence").GetString()!,
            Subject = new Subject(
                shared.Get(subject.GetProperty("text").GetString())!,
                shared.Get(subject.GetProperty("head").GetString())!,
                shared.Get(subject.GetProperty("class").GetString())!),
            Predicate = new Predicate(
                shared.Get(predicate.GetProperty("text").GetString())!,
                shared.Get(predicate.GetProperty("class").GetString())!,
                AssertionNameParser.PredicateKind(predicate.GetProperty("kind").GetString()!),
                predicate.GetProperty("negated").GetBoolean()),
            AsOf = Date(element.GetProperty("asOf")),
            Time = ReadTime(element.GetProperty("time")),
            Restrictors = restrictors.ToImmutable(),
            Attribution = shared.Get(element.GetProperty("attribution").GetString()),
            IsHedgedClaim = element.GetProperty("hedgedClaim").GetBoolean(),
            InHeadline = element.GetProperty("inHeadline").GetBoolean(),
            Verb = element.TryGetProperty("verb", out var verb) ? shared.Get(verb.GetString()) : null,
        };
    }

    private static TemporalMention? ReadTime(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return new TemporalMention(
            AssertionNameParser.EntityType(element.GetProperty("type").GetString()!),
            SourceSpan.FromBounds(element.GetProperty("start").GetInt32(), element.GetProperty("end").GetInt32()),
            element.GetProperty("text").GetString()!,
            element.GetProperty("value").GetString(),
            Date(element.GetProperty("from")),
            Date(element.GetProperty("until")),
            AssertionNameParser.Modifier(element.GetProperty("modifier").GetString()));
    }

    private static decimal? Decimal(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDecimal();

    private static DateOnly? Date(JsonElement element) =>
        element.GetString() is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary>Shares equal strings within one read; stops adding once it holds <see cref="MaxSharedStrings"/>, so it stays bounded.</summary>
    private readonly struct SharedStrings(Dictionary<string, string> strings)
    {
        public string? Get(string? value)
        {
            if (value is null)
            {
                return null;
            }

            if (strings.TryGetValue(value, out var shared))
            {
                return shared;
            }

            if (strings.Count < MaxSharedStrings)
            {
                strings[value] = value;
            }

            return value;
        }
    }
}
