using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Text;

/// <summary>
/// Shared plumbing of the JSON outputs: writer options, rendering to UTF-8 bytes with <c>\n</c> newlines on every
/// platform and target framework, and the few value forms (numbers, dates, nullable strings) the schema fixes.
/// Everything is written by hand with <see cref="Utf8JsonWriter"/>: no reflection, so the library stays trimmable.
/// </summary>
internal static class JsonOutput
{
    /// <summary>Renders what <paramref name="write"/> writes as UTF-8 (no BOM); indented output uses two spaces and <c>\n</c>.</summary>
    public static byte[] Render<TState>(TState state, Action<Utf8JsonWriter, TState> write, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, CreateOptions(indented)))
        {
            write(writer, state);
        }

        return indented ? WithLineFeeds(buffer.WrittenSpan) : buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes what <see cref="Render"/> returns to <paramref name="stream"/>, followed by <paramref name="suffix"/>,
    /// a few kilobytes at a time (synchronously), so that a report of hundreds of megabytes is never held whole.
    /// Before .NET 9 the writer's line breaks cannot be set, and the report is rendered whole, as by <see cref="Render"/>.
    /// </summary>
    public static void RenderTo<TState>(Stream stream, TState state, Action<Utf8JsonWriter, TState> write, bool indented, ReadOnlySpan<byte> suffix)
    {
#if NET9_0_OR_GREATER
        var buffer = new StreamFlushingBufferWriter(stream);
        using (var writer = new Utf8JsonWriter(buffer, CreateOptions(indented)))
        {
            write(writer, state);
        }

        buffer.Write(suffix);
        buffer.Flush();
#else
        stream.Write(Render(state, write, indented));
        stream.Write(suffix);
#endif
    }

    /// <summary>Writes <paramref name="value"/> as a JSON number without exponent or trailing zeros, or null.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, InvariantText.Normalize(number));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes <paramref name="value"/> as a JSON string, or null.</summary>
    public static void WriteString(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes <paramref name="value"/> as an ISO date string (<c>2024-03-14</c>, as <see cref="InvariantText.Date"/>), or null.</summary>
    public static void WriteDate(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateOnly? value)
    {
        if (value is not { } date)
        {
            writer.WriteNull(name);
            return;
        }

        // Formatted in place rather than as a string: a date is written into every assertion.
        Span<char> text = stackalloc char[10];
        if (!date.TryFormat(text, out var length, InvariantText.DatePattern, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"The date {date:O} does not fit the report's date form.");
        }

        writer.WriteString(name, text[..length]);
    }

    private static JsonWriterOptions CreateOptions(bool indented)
    {
        var options = new JsonWriterOptions
        {
            Indented = indented,

            // Leaves non-ASCII readable; the output is a data file, never embedded in HTML or script.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
#if NET9_0_OR_GREATER
        options.NewLine = "\n";
        options.IndentSize = 2;
#endif
        return options;
    }

    // Before .NET 9 the writer indents with Environment.NewLine. JSON strings never contain a raw CR
    // (it is escaped), so every CR in the output belongs to a line break and can be dropped.
    private static byte[] WithLineFeeds(ReadOnlySpan<byte> json)
    {
        if (json.IndexOf((byte)'\r') < 0)
        {
            return json.ToArray();
        }

        var result = new byte[json.Length];
        var length = 0;
        foreach (var b in json)
        {
            if (b != (byte)'\r')
            {
                result[length++] = b;
            }
        }

        return result.AsSpan(0, length).ToArray();
    }
}
