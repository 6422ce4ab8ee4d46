using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// Reads JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>): one document per line,
/// <c>{"id", "text", "title"?, "publisher"?, "url"?, "published"?, "collection"?}</c>. The file is streamed line by
/// line and never held in memory whole. Blank lines are passed over. A line that is not a JSON object, has no
/// string <c>text</c>, or is longer than <see cref="IngestOptions.MaxDocumentBytes"/> becomes an unreadable document
/// (id <c>FILE:LINE</c> unless it has an id) whose error names the file and line; every other line is still read.
/// A repeated id gets a warning and a suffix (<c>id#2</c>); optional fields of the wrong type, and a
/// <c>published</c> value that is not a date, are ignored with a warning.
/// </summary>
/// <remarks>Immutable and thread-safe; each call keeps its own set of ids.</remarks>
public sealed class JsonLinesDocumentReader : IDocumentReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    private readonly IngestOptions _options;

    /// <summary>Creates a reader with <paramref name="options"/> (default <see cref="IngestOptions.Default"/>).</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public JsonLinesDocumentReader(IngestOptions? options = null)
    {
        _options = options ?? IngestOptions.Default;
        _options.Validate();
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    /// <inheritdoc/>
    /// <remarks><paramref name="id"/> names the file: lines without a usable id get <c>id:LINE</c>.</remarks>
    public async IAsyncEnumerable<Document> ReadAsync(
        DocumentId id,
        string source,
        Stream stream,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(stream);
        var prefix = await PrefixedStream.ReadPrefixAsync(stream, TextDecoder.BinarySampleLength, cancellationToken).ConfigureAwait(false);
        Stream input = new PrefixedStream(prefix, stream);
        if (prefix.Length >= 2 && ((prefix[0] == 0xFF && prefix[1] == 0xFE) || (prefix[0] == 0xFE && prefix[1] == 0xFF)))
        {
            // UTF-16 JSON Lines: transcode to UTF-8 as it streams.
            var encoding = prefix[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            input = Encoding.CreateTranscodingStream(new PrefixedStream(prefix.AsMemory(2), stream), encoding, Encoding.UTF8, leaveOpen: true);
        }
        else if (TextDecoder.LooksBinary(prefix, out var suspicious))
        {
            yield return FailedDocument.Error(id, source, _options.Collection, $"{source}: binary file ({suspicious} control bytes near the start); not read.");
            yield break;
        }

        await using (input.ConfigureAwait(false))
        {
            var reader = new Utf8LineReader(input, _options.MaxDocumentBytes);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var documents = 0;
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false))
            {
                var line = reader.LineNumber;
                var lineBytes = reader.Line;
                if (line == 1 && lineBytes.StartsWith("\uFEFF"u8))
                {
                    lineBytes = lineBytes[3..];
                }

                Document document;
                if (reader.TooLong)
                {
                    document = FailedDocument.Error(new DocumentId($"{id.Value}:{line}"), $"{source}:{line}", _options.Collection,
                        $"{source}: line {line} is {reader.LineBytes} bytes, larger than the limit of {_options.MaxDocumentBytes} bytes (IngestOptions.MaxDocumentBytes); not read.");
                }
                else if (IsBlank(lineBytes))
                {
                    continue;
                }
                else
                {
                    document = ReadLine(id, source, line, lineBytes);
                }

                documents++;
                yield return Deduplicate(document, ids, source, line);
            }

            if (documents == 0)
            {
                yield return FailedDocument.Error(id, source, _options.Collection, $"{source}: empty file; no JSON lines to read.");
            }
        }
    }

    private Document ReadLine(DocumentId fileId, string source, int line, ReadOnlySpan<byte> bytes)
    {
        // The common line (plain UTF-8, one object, each field once) is read straight from its bytes; any other goes
        // the general way, which words every diagnostic and error.
        if (JsonLineFields.TryReadPlain(bytes, JsonOptions.MaxDepth, out var plain))
        {
            return Build(plain, fileId, source, line, ImmutableArray.CreateBuilder<Diagnostic>());
        }

        var lineSource = $"{source}:{line}";
        var fallbackId = new DocumentId($"{fileId.Value}:{line}");
        var decoded = TextDecoder.Decode(bytes, lineSource);
        if (decoded.IsBinary)
        {
            return FailedDocument.Error(fallbackId, lineSource, _options.Collection, $"{source}: line {line} holds binary data; not read.");
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(decoded.Text, JsonOptions);
        }
        catch (JsonException ex)
        {
            return FailedDocument.Error(fallbackId, lineSource, _options.Collection, $"{source}: line {line} is not valid JSON ({ex.Message}); not read.");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return FailedDocument.Error(fallbackId, lineSource, _options.Collection, $"{source}: line {line} is a JSON {Kind(root.ValueKind)}, not an object; not read.");
            }

            return Build(JsonLineFields.From(root), fileId, source, line, decoded.Diagnostics.ToBuilder());
        }
    }

    private Document Build(JsonLineFields root, DocumentId fileId, string source, int line, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var lineSource = $"{source}:{line}";
        var collection = OptionalString(root, "collection", source, line, diagnostics) ?? _options.Collection;
        if (ReadId(root, source, line, diagnostics) is not { } idValue)
        {
            return FailedDocument.Error(new DocumentId($"{fileId.Value}:{line}"), lineSource, collection, $"{source}: line {line} has no usable \"id\" (a non-empty string); not read.");
        }

        var id = new DocumentId(idValue);
        var textKind = root.KindOf("text");
        if (textKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return FailedDocument.Error(id, lineSource, collection, $"{source}: line {line} has no \"text\"; not read.");
        }

        if (textKind != JsonValueKind.String)
        {
            return FailedDocument.Error(id, lineSource, collection, $"{source}: line {line} has a \"text\" that is a JSON {Kind(textKind)}, not a string; not read.");
        }

        var text = root.StringOf("text") ?? string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return FailedDocument.Error(id, lineSource, collection, $"{source}: line {line} has an empty \"text\"; nothing to read.");
        }

        var title = OptionalString(root, "title", source, line, diagnostics);
        var publisher = OptionalString(root, "publisher", source, line, diagnostics);
        var url = OptionalString(root, "url", source, line, diagnostics);
        DateTimeOffset? published = null;
        if (OptionalString(root, "published", source, line, diagnostics) is { } rawDate)
        {
            if (DatelineParser.TryParseValue(rawDate, out var date))
            {
                published = date;
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning($"{source}: line {line} has a \"published\" value '{Shorten(rawDate)}' that is not a date; ignored."));
            }
        }

        var header = published is null || publisher is null ? HeaderScanner.Scan(text, 0) : default;
        var document = new Document(id, text)
        {
            Source = lineSource,
            Collection = collection,
            Metadata = new DocumentMetadata
            {
                Title = title,
                Publisher = publisher ?? header.Publisher,
                Url = url,
                Published = published ?? header.Published,
            },
            Boilerplate = _options.DetectBoilerplate ? BoilerplateDetector.Detect(text) : [],
            Diagnostics = diagnostics.ToImmutable(),
        };
        return LanguageCheck.Apply(document, _options);
    }

    private static string? ReadId(JsonLineFields root, string source, int line, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        switch (root.KindOf("id"))
        {
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(root.StringOf("id")):
                return root.StringOf("id")!.Trim();
            case JsonValueKind.Number:
                diagnostics.Add(Diagnostic.Warning($"{source}: line {line} has a numeric \"id\"; read as text."));
                return root.RawNumberOf("id");
            default:
                return null;
        }
    }

    private static string? OptionalString(JsonLineFields root, string name, string source, int line, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var kind = root.KindOf(name);
        if (kind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        if (kind != JsonValueKind.String)
        {
            diagnostics.Add(Diagnostic.Warning($"{source}: line {line} has a \"{name}\" that is a JSON {Kind(kind)}, not a string; ignored."));
            return null;
        }

        var text = root.StringOf(name);
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static Document Deduplicate(Document document, HashSet<string> ids, string source, int line) =>
        UniqueIds.Ensure(document, ids, (id, renamed) => $"{source}: line {line} repeats the id '{id}'; read as '{renamed}'.");

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
