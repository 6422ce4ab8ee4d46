using ConsistencyCheck.Stories;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Stories;

public class StoryOptionsTests
{
    private static IEnumerable<TestCaseData> Invalid()
    {
        yield return new TestCaseData(StoryOptions.Default with { MaxTerms = 3 }, nameof(StoryOptions.MaxTerms));
        yield return new TestCaseData(StoryOptions.Default with { TitleWeight = double.NaN }, nameof(StoryOptions.TitleWeight));
        yield return new TestCaseData(StoryOptions.Default with { MinContentWords = 0 }, nameof(StoryOptions.MinContentWords));
        yield return new TestCaseData(StoryOptions.Default with { BlockingTerms = 97 }, nameof(StoryOptions.BlockingTerms));
        yield return new TestCaseData(StoryOptions.Default with { MinSharedKeys = 13 }, nameof(StoryOptions.MinSharedKeys));
        yield return new TestCaseData(StoryOptions.Default with { MaxBlockSize = 1 }, nameof(StoryOptions.MaxBlockSize));
        yield return new TestCaseData(StoryOptions.Default with { MaxLinksPerDocument = 0 }, nameof(StoryOptions.MaxLinksPerDocument));
        yield return new TestCaseData(StoryOptions.Default with { SimilarityThreshold = 0 }, nameof(StoryOptions.SimilarityThreshold));
        yield return new TestCaseData(StoryOptions.Default with { LinkThreshold = 0.5 }, nameof(StoryOptions.LinkThreshold));
        yield return new TestCaseData(StoryOptions.Default with { NamedCollectionThreshold = 0.5 }, nameof(StoryOptions.NamedCollectionThreshold));
        yield return new TestCaseData(StoryOptions.Default with { NamedCollectionThreshold = 0 }, nameof(StoryOptions.NamedCollectionThreshold));
        yield return new TestCaseData(StoryOptions.Default with { DateWindow = TimeSpan.Zero }, nameof(StoryOptions.DateWindow));
        yield return new TestCaseData(StoryOptions.Default with { DistantDateFactor = 1.5 }, nameof(StoryOptions.DistantDateFactor));
        yield return new TestCaseData(StoryOptions.Default with { LabelWords = 0 }, nameof(StoryOptions.LabelWords));
    }

    [TestCaseSource(nameof(Invalid))]
    public void An_invalid_option_is_named(StoryOptions options, string name)
    {
        ((Action)options.Validate).Should().Throw<ArgumentException>().WithParameterName(name);
        var act = () => new StoryGrouper(options);
        act.Should().Throw<ArgumentException>().WithParameterName(name);
    }

    [Test]
    public void The_defaults_are_valid()
    {
        ((Action)StoryOptions.Default.Validate).Should().NotThrow();
        StoryOptions.Default.Should().Be(new StoryOptions());
    }
}
