using ConsistencyCheck.Assertions;
using ConsistencyCheck.Cli;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Reporting;

/// <summary>A count's counted noun is its <c>unit</c> on a <c>recognize</c> line, its modifiers the last property.</summary>
public class MentionJsonWriterCountedTests
{
    private static readonly Quantity Residents = new(EntityType.Number, new SourceSpan(0, 6), "55,000", 55000m,
        Interval.Point(55000m), Qualifier.Exact, null, 1000m);

    [TestCase(false, null, "\"unit\":null}")]
    [TestCase(true, null, "\"unit\":\"resident\",\"modifiers\":null}")]
    [TestCase(true, "displaced", "\"unit\":\"resident\",\"modifiers\":\"displaced\"}")]
    public void A_counted_noun_is_the_unit_of_a_count(bool read, string? modifiers, string ending)
    {
        var counted = read ? Residents with { Counted = new CountedNoun("resident", modifiers, new SourceSpan(17, 9)) } : Residents;
        MentionJsonWriter.Format([counted]).Should().EndWith(ending + "]}");
    }

    [Test]
    public async Task Recognize_writes_the_counted_noun_of_each_count()
    {
        using var input = new StringReader("{\"text\":\"Nearly 55,000 displaced residents fled; 12% stayed.\"}\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        (await CliApplication.RunAsync(["recognize"], input, output, error, CancellationToken.None)).Should().Be(0);

        output.ToString().Should().Contain("\"text\":\"Nearly 55,000\"").And.Contain("\"unit\":\"resident\",\"modifiers\":\"displaced\"}")
            .And.Contain("\"unit\":\"Percent\"}");
    }
}
