using System.Text;
using System.Text.Json;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// Writes the mentions recognized in one text as one compact JSON line, the output format of the CLI's
/// <c>recognize</c> command (docs/report-schema.md, "recognize lines"):
/// <c>{"entities":[{"text":"nearly 55,000","start":4,"end":17,"type":"number","value":55000,"low":50000,"high":55000,"qualifier":"nearly","unit":null}]}</c>.
/// </summary>
/// <remarks>
/// For a <see cref="Quantity"/>, <c>value</c> is the stated figure (a number or null), <c>low</c>/<c>high</c> its
/// interval bounds (numbers or null), <c>qualifier</c> the hedge and <c>unit</c> the unit name, or for a count whose
/// <see cref="Quantity.Counted"/> was read, the counted noun's lemma, followed then (last) by <c>modifiers</c>, the
/// words before it in its noun phrase or null. For a
/// <see cref="TemporalMention"/>, <c>value</c> is the ISO 8601 string, <c>low</c>/<c>high</c> the first day and the
/// day after the last (ISO dates, high exclusive), <c>qualifier</c> the modifier or null, and <c>unit</c> null.
/// Entities keep the given order. Stateless and thread-safe.
/// </remarks>
public static class MentionJsonWriter
{
    /// <summary>The JSON line for <paramref name="mentions"/>, without a line break.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="mentions"/> or one of its items is null.</exception>
    public static string Format(IEnumerable<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var items = mentions.ToArray();
        foreach (var mention in items)
        {
            ArgumentNullException.ThrowIfNull(mention, nameof(mentions));
        }

        return Encoding.UTF8.GetString(JsonOutput.Render(items, WriteLine, indented: false));
    }

    /// <summary>Writes the JSON line for <paramref name="mentions"/> and a <c>\n</c> to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument or one of the mentions is null.</exception>
    public static async Task WriteLineAsync(IEnumerable<Mention> mentions, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var line = Format(mentions) + "\n";
        await writer.WriteAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private static void WriteLine(Utf8JsonWriter writer, Mention[] mentions)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("entities");
        foreach (var mention in mentions)
        {
            WriteEntity(writer, mention);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, Mention mention)
    {
        writer.WriteStartObject();
        writer.WriteString("text", mention.Text);
        writer.WriteNumber("start", mention.Span.Start);
        writer.WriteNumber("end", mention.Span.End);
        writer.WriteString("type", AssertionNames.Of(mention.Type));
        switch (mention)
        {
            case Quantity quantity:
                JsonOutput.WriteNumber(writer, "value"u8, quantity.Stated);
                JsonOutput.WriteNumber(writer, "low"u8, quantity.Interval.Low);
                JsonOutput.WriteNumber(writer, "high"u8, quantity.Interval.High);
                writer.WriteString("qualifier", AssertionNames.Of(quantity.Qualifier));
                JsonOutput.WriteString(writer, "unit"u8, quantity.Unit?.Name ?? quantity.Counted?.Lemma);
                if (quantity.Counted is { } counted)
                {
                    JsonOutput.WriteString(writer, "modifiers"u8, counted.Modifiers);
                }

                break;
            case TemporalMention time:
                JsonOutput.WriteString(writer, "value"u8, time.Value);
                JsonOutput.WriteDate(writer, "low"u8, time.Start);
                JsonOutput.WriteDate(writer, "high"u8, time.End);
                JsonOutput.WriteString(writer, "qualifier"u8, AssertionNames.Of(time.Modifier));
                writer.WriteNull("unit");
                break;
            default:
                writer.WriteNull("value");
                writer.WriteNull("low");
                writer.WriteNull("high");
                writer.WriteNull("qualifier");
                writer.WriteNull("unit");
                break;
        }

        writer.WriteEndObject();
    }
}
