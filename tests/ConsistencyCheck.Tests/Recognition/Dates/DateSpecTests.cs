using System.Globalization;
using System.Text;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Dates;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Recognition.Dates;

/// <summary>
/// Pass rates on the peer's English DateTimeModel suite (Recognizers-Text), under the matching rule documented on
/// <see cref="PeerSpecCase"/>. The recognizer runs with <see cref="RangeClosing.AtStart"/>, the peer's range reading.
/// Floors are the rates reached, rounded down; raise them when the rate rises.
/// </summary>
public class DateSpecTests
{
    /// <summary>Pass rate on cases whose results are all dates, date ranges or durations (about 570 cases).</summary>
    private const int DateRangeDurationFloor = 85;

    /// <summary>Pass rate on the whole file (985 cases, negatives included).</summary>
    private const int WholeFileFloor = 59;

    [Test]
    public void Dates_ranges_and_durations_pass_rate()
    {
        var rate = Run(c => c.IsDateRangeDurationCase, "dates-ranges-durations");
        rate.Should().BeGreaterThanOrEqualTo(DateRangeDurationFloor);
    }

    [Test]
    public void Whole_file_pass_rate()
    {
        var rate = Run(_ => true, "whole-file");
        rate.Should().BeGreaterThanOrEqualTo(WholeFileFloor);
    }

    private static double Run(Func<PeerSpecCase, bool> filter, string name)
    {
        var path = TestPaths.SharedOrIgnore("specs", "recognizers-text", "DateTime", "English", "DateTimeModel.json");
        var cases = PeerSpecCase.Load(path).Where(filter).ToList();
        var recognizer = new TextRecognizer([new DateRecognizer(new DateRecognitionOptions { RangeClosing = RangeClosing.AtStart })]);
        var failures = new List<string>();
        foreach (var c in cases)
        {
            if (c.Check(recognizer) is { } problem)
            {
                failures.Add($"{c}\n    {problem}");
            }
        }

        var rate = 100.0 * (cases.Count - failures.Count) / cases.Count;
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {cases.Count - failures.Count}/{cases.Count} = {rate:F1}%"));
        foreach (var failure in failures.Take(30))
        {
            TestContext.Out.WriteLine(failure);
        }

        File.WriteAllText(Path.Combine(TestContext.CurrentContext.WorkDirectory, $"dates-spec-{name}-failures.txt"), string.Join("\n", failures), Encoding.UTF8);
        return rate;
    }
}
