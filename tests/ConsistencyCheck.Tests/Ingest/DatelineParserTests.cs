using System.Globalization;
using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Ingest;

public class DatelineParserTests
{
    [TestCase("14 Feb 2024 21:15", "2024-02-14T21:15:00+00:00")]
    [TestCase("14 March 2024, 11:05", "2024-03-14T11:05:00+00:00")]
    [TestCase("Thursday, 14 March 2024", "2024-03-14T00:00:00+00:00")]
    [TestCase("March 14, 2024 at 9:30 am", "2024-03-14T09:30:00+00:00")]
    [TestCase("14th March 2024 9.30", null)]
    [TestCase("14 March 2024 11:05 BST", "2024-03-14T11:05:00+01:00")]
    [TestCase("11:05 GMT, 14 March 2024", "2024-03-14T11:05:00+00:00")]
    [TestCase("Sept 3 2023 11pm", "2023-09-03T23:00:00+00:00")]
    [TestCase("30 February 2024", null)]
    [TestCase("14 March", null)]
    [TestCase("March 2024", null)]
    [TestCase("14 March 2024 was a Thursday", null)]
    [TestCase("14 March 2024 25:00", null)]
    public void Reads_English_dates(string text, string? expected)
    {
        var ok = DatelineParser.TryParseDate(text, out var value);
        ok.Should().Be(expected is not null);
        if (expected is not null)
        {
            value.Should().Be(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture));
            value.Offset.Should().Be(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture).Offset);
        }
    }

    [TestCase("2024-03-14", "2024-03-14T00:00:00+00:00")]
    [TestCase("2024-03-14T08:00:00Z", "2024-03-14T08:00:00+00:00")]
    [TestCase("2024-03-14T09:00:00+01:00", "2024-03-14T09:00:00+01:00")]
    [TestCase("Thu, 14 Mar 2024 08:00:00 GMT", "2024-03-14T08:00:00+00:00")]
    [TestCase("14 March 2024", "2024-03-14T00:00:00+00:00")]
    [TestCase("yesterday", null)]
    [TestCase("2024-13-45", null)]
    [TestCase("3/4", null)]
    [TestCase("", null)]
    public void Reads_metadata_values(string text, string? expected)
    {
        DatelineParser.TryParseValue(text, out var value).Should().Be(expected is not null);
        if (expected is not null)
        {
            value.Should().Be(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture));
        }
    }

    [TestCase("Published: 2024-03-14", false)]
    [TestCase("Published on 14 March 2024", false)]
    [TestCase("Last updated: 15 March 2024 10:00", true)]
    [TestCase("Updated 15 March 2024", true)]
    public void Reads_stamps_with_prefixes(string text, bool isUpdate)
    {
        DatelineParser.TryParseStamp(text, out _, out var update).Should().BeTrue();
        update.Should().Be(isUpdate);
    }
}
