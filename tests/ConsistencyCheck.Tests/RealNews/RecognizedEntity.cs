using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ConsistencyCheck.Tests.RealNews;

/// <summary>
/// One entity of a <c>recognize</c> output line (docs/report-schema.md, "recognize lines"), read back from the JSON
/// as a consumer would, with what docs/evaluation.md § 10 scores: whether it is a quantity, its stated endpoints and
/// its unit word.
/// </summary>
public sealed partial record RecognizedEntity(string Text, int Start, int End, string Type, ImmutableArray<decimal> Endpoints, string? Unit, string? Modifiers)
{
    private static readonly HashSet<string> QuantityTypes = new(StringComparer.Ordinal)
    {
        "number", "percentage", "currency", "dimension", "age", "temperature", "numberrange", "duration",
    };

    /// <summary>True for a quantity in the sense of § 10: every type but identifiers, ordinals and the date types other than durations.</summary>
    public bool IsQuantity => QuantityTypes.Contains(Type);

    /// <summary>True when the entity overlaps <c>[start, end)</c>.</summary>
    public bool Overlaps(int start, int end) => Start < end && start < End;

    /// <summary>The entities of one output line.</summary>
    public static ImmutableArray<RecognizedEntity> ReadLine(string line)
    {
        using var json = JsonDocument.Parse(line);
        var entities = ImmutableArray.CreateBuilder<RecognizedEntity>();
        foreach (var e in json.RootElement.GetProperty("entities").EnumerateArray())
        {
            var type = e.GetProperty("type").GetString()!;
            var (endpoints, unit) = type == "duration" ? Duration(e) : Quantity(e);
            var modifiers = e.TryGetProperty("modifiers", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            entities.Add(new RecognizedEntity(e.GetProperty("text").GetString()!, e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), type, endpoints, unit, modifiers));
        }

        return entities.ToImmutable();
    }

    private static (ImmutableArray<decimal>, string?) Quantity(JsonElement e)
    {
        var unit = e.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString()!.ToLowerInvariant() : null;
        var qualifier = e.GetProperty("qualifier").ValueKind == JsonValueKind.String ? e.GetProperty("qualifier").GetString() : null;
        if (qualifier == "range" && Number(e, "low") is { } low && Number(e, "high") is { } high)
        {
            return ([low, high], unit);
        }

        return Number(e, "value") is { } value ? ([value], unit) : ([], unit);
    }

    private static decimal? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;

    /// <summary>"P14M" → 14 month, "PT40H/PT60H" → 40 and 60 hour, "P2W" → 2 week.</summary>
    private static (ImmutableArray<decimal>, string?) Duration(JsonElement e)
    {
        var value = e.GetProperty("value").ValueKind == JsonValueKind.String ? e.GetProperty("value").GetString()! : string.Empty;
        var endpoints = ImmutableArray.CreateBuilder<decimal>();
        string? unit = null;
        foreach (var part in value.Split('/'))
        {
            var match = IsoDuration().Match(part);
            if (!match.Success)
            {
                return ([], null);
            }

            endpoints.Add(decimal.Parse(match.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            var timePart = match.Groups["t"].Success;
            unit = match.Groups["u"].Value switch
            {
                "Y" => "year",
                "M" => timePart ? "minute" : "month",
                "W" => "week",
                "D" => "day",
                "H" => "hour",
                "S" => "second",
                _ => null,
            };
        }

        return (endpoints.ToImmutable(), unit);
    }

    [GeneratedRegex(@"^P(?<t>T)?(?<n>[0-9]+(?:\.[0-9]+)?)(?<u>[YMWDHS])$", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex IsoDuration();
}
