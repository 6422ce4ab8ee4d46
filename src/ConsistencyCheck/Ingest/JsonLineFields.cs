using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// The top-level fields of one JSON Lines document that <see cref="JsonLinesDocumentReader"/> reads, each with its
/// JSON kind (<see cref="JsonValueKind.Undefined"/> when absent), its string value and, for a number, its raw text.
/// Filled either from a parsed <see cref="JsonElement"/> (any line) or, for the common plain line, straight from its
/// UTF-8 bytes by <see cref="TryReadPlain"/>, which gives the same fields without decoding the line to a string and
/// building a <see cref="JsonDocument"/>.
/// </summary>
internal sealed class JsonLineFields
{
    private static readonly string[] Names = ["id", "text", "title", "publisher", "url", "published", "collection"];

    // Bytes that make a line take the general path: every control byte except tab and carriage return (the decoder
    // treats the others as signs of binary data or replaces them, and JSON allows none of them inside strings).
    private static readonly SearchValues<byte> Unusual = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private readonly Field[] _fields = new Field[Names.Length];

    private JsonLineFields()
    {
    }

    /// <summary>The kind of the field <paramref name="name"/>; <see cref="JsonValueKind.Undefined"/> when absent.</summary>
    public JsonValueKind KindOf(string name) => _fields[IndexOf(name)].Kind;

    /// <summary>The value of the string field <paramref name="name"/>; null when absent or not a string.</summary>
    public string? StringOf(string name)
    {
        var field = _fields[IndexOf(name)];
        return field.Kind != JsonValueKind.String ? null : field.Element is { } element ? element.GetString() : field.Text;
    }

    /// <summary>The raw JSON text of the number field <paramref name="name"/>; null when absent or not a number.</summary>
    public string? RawNumberOf(string name)
    {
        var field = _fields[IndexOf(name)];
        return field.Kind != JsonValueKind.Number ? null : field.Element is { } element ? element.GetRawText() : field.Text;
    }

    /// <summary>
    /// The fields of a parsed JSON object (<paramref name="root"/> must be an object). Values are read from the
    /// element when asked for, so the element's document must stay undisposed while these fields are used.
    /// </summary>
    public static JsonLineFields From(JsonElement root)
    {
        var fields = new JsonLineFields();
        for (var i = 0; i < Names.Length; i++)
        {
            if (root.TryGetProperty(Names[i], out var value))
            {
                fields._fields[i] = new Field(value.ValueKind, null, value);
            }
        }

        return fields;
    }

    /// <summary>
    /// Reads the fields of <paramref name="line"/> when it is a plain line: valid UTF-8 without a byte order mark or
    /// control bytes other than tab and carriage return, one valid JSON object (nesting at most
    /// <paramref name="maxDepth"/>) whose names are unescaped and whose read fields occur once each. Returns false for
    /// any other line, which the caller reads the general way (decoding, then <see cref="JsonDocument"/>), so that
    /// every diagnostic and error stays exactly as that path words it.
    /// </summary>
    public static bool TryReadPlain(ReadOnlySpan<byte> line, int maxDepth, out JsonLineFields fields)
    {
        fields = null!;
        if (line.Length == 0 || line[0] is 0xEF or 0xFE or 0xFF || line.IndexOfAny(Unusual) >= 0 || !Utf8.IsValid(line))
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = maxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var result = new JsonLineFields();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueIsEscaped)
                {
                    return false;
                }

                var index = IndexOf(reader.ValueSpan);
                reader.Read();
                if (index < 0)
                {
                    reader.Skip();
                    continue;
                }

                if (result._fields[index].Kind != JsonValueKind.Undefined)
                {
                    // A repeated field: the general path decides which one counts.
                    return false;
                }

                result._fields[index] = reader.TokenType switch
                {
                    JsonTokenType.String => new Field(JsonValueKind.String, reader.GetString(), null),
                    JsonTokenType.Number => new Field(JsonValueKind.Number, Encoding.UTF8.GetString(reader.ValueSpan), null),
                    JsonTokenType.True => new Field(JsonValueKind.True, null, null),
                    JsonTokenType.False => new Field(JsonValueKind.False, null, null),
                    JsonTokenType.Null => new Field(JsonValueKind.Null, null, null),
                    JsonTokenType.StartObject => new Field(JsonValueKind.Object, null, null),
                    _ => new Field(JsonValueKind.Array, null, null),
                };
                reader.Skip();
            }

            // The object must end the line (only whitespace may follow); trailing content throws.
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return false;
            }

            fields = result;
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Invalid JSON, or a string that cannot be read (a lone surrogate escape): the general path reports it.
            return false;
        }
    }

    private static int IndexOf(string name) => Array.IndexOf(Names, name);

    private static int IndexOf(ReadOnlySpan<byte> name) => name switch
    {
        _ when name.SequenceEqual("id"u8) => 0,
        _ when name.SequenceEqual("text"u8) => 1,
        _ when name.SequenceEqual("title"u8) => 2,
        _ when name.SequenceEqual("publisher"u8) => 3,
        _ when name.SequenceEqual("url"u8) => 4,
        _ when name.SequenceEqual("published"u8) => 5,
        _ when name.SequenceEqual("collection"u8) => 6,
        _ => -1,
    };

    // Text: a string's value or a number's raw text, read from the bytes; Element: the parsed value to read them from.
    private readonly record struct Field(JsonValueKind Kind, string? Text, JsonElement? Element);
}
