using System.Text.Json;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Reporting;
using ConsistencyCheck.Text;
using FluentAssertions;
using NUnit.Framework;
using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Tests.Reporting;

public class MentionJsonWriterTests
{
    private static readonly Quantity Dollars = new(EntityType.Currency, new SourceSpan(10, 12), "$640 million", 640000000m,
        new Interval(635000000m, 645000000m), Qualifier.Exact, new Unit("Dollar", "Currency", "USD"), 10000000m);

    private static readonly TemporalMention March = new(EntityType.DateRange, new SourceSpan(30, 16), "since March 2023", "2023-03",
        new DateOnly(2023, 3, 1), new DateOnly(2023, 4, 1), TemporalModifier.Since);

    [Test]
    public void Quantity_and_temporal_mention_become_one_compact_line()
    {
        var line = MentionJsonWriter.Format([Dollars, March]);

        line.Should().Be(
            "{\"entities\":[" +
            "{\"text\":\"$640 million\",\"start\":10,\"end\":22,\"type\":\"currency\",\"value\":640000000,\"low\":635000000,\"high\":645000000,\"qualifier\":\"exact\",\"unit\":\"Dollar\"}," +
            "{\"text\":\"since March 2023\",\"start\":30,\"end\":46,\"type\":\"daterange\",\"value\":\"2023-03\",\"low\":\"2023-03-01\",\"high\":\"2023-04-01\",\"qualifier\":\"since\",\"unit\":null}" +
            "]}");
    }

    [Test]
    public void Hedged_range_and_unmodified_date_write_nulls_where_nothing_is_known()
    {
        var range = new Quantity(EntityType.NumberRange, new SourceSpan(0, 8), "20 to 30", null, new Interval(20m, 30m), Qualifier.Range, null, null);
        var duration = new TemporalMention(EntityType.Duration, new SourceSpan(9, 9), "18 months", "P18M", null, null);
        using var json = JsonDocument.Parse(MentionJsonWriter.Format([range, duration]));
        var entities = json.RootElement.GetProperty("entities");
        entities[0].GetProperty("type").GetString().Should().Be("numberrange");
        entities[0].GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        entities[0].GetProperty("qualifier").GetString().Should().Be("range");
        entities[1].GetProperty("low").ValueKind.Should().Be(JsonValueKind.Null);
        entities[1].GetProperty("qualifier").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Test]
    public async Task WriteLineAsync_ends_the_line_with_a_line_feed()
    {
        using var writer = new StringWriter();
        await MentionJsonWriter.WriteLineAsync([], writer);
        writer.ToString().Should().Be("{\"entities\":[]}\n");
    }
}
