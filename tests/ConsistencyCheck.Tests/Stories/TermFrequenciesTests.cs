using ConsistencyCheck.Stories;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Stories;

/// <summary>The one-lookup base forms of <see cref="TermFrequencies"/> answer exactly as its suffix rules do.</summary>
public class TermFrequenciesTests
{
    [TestCase("said", "say")]
    [TestCase("children", "child")]
    [TestCase("stopped", "stop")]
    [TestCase("cities", "city")]
    [TestCase("indicted", "indict")]
    [TestCase("boxes", "box")]
    [TestCase("the", null)]
    [TestCase("comey", null)]
    [TestCase("sandbags", null)]
    [TestCase("xyzzyed", null)]
    public void Lookup_and_rules_agree(string word, string? expected)
    {
        var table = TermFrequencies.Default;
        var fast = new char[TermFrequencies.MaxLemmaLength];
        var slow = new char[TermFrequencies.MaxLemmaLength];
        var (fastLength, fastCount) = table.FindLemma(word, fast);
        var (slowLength, slowCount) = table.FindLemmaByRules(word, slow);

        (fastCount, new string(fast, 0, fastLength)).Should().Be((slowCount, new string(slow, 0, slowLength)));
        if (expected is not null)
        {
            new string(fast, 0, fastLength).Should().Be(expected);
        }
        else
        {
            (fastCount < 0 || fastCount >= TermFrequencies.FunctionWord).Should().BeTrue();
        }
    }

    [Test]
    public void Every_form_of_the_table_is_read()
    {
        TermFrequencies.Default.FormCount.Should().BeGreaterThan(TermFrequencies.Default.Count);
        TestContext.Out.WriteLine($"{TermFrequencies.Default.Count} words, {TermFrequencies.Default.FormCount} forms");
    }
}
