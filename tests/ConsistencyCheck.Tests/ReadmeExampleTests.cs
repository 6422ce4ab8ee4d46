using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests;

/// <summary>The C# example in README.md, verbatim but for the console output, so it is known to compile and run.</summary>
public class ReadmeExampleTests
{
    [Test]
    public async Task The_readme_example_finds_the_contradiction()
    {
        var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();
        var published = new DateTimeOffset(2024, 3, 14, 9, 0, 0, TimeSpan.Zero);
        Document Article(string id, string outlet, string text) =>
            new(new DocumentId(id), text) { Metadata = new DocumentMetadata { Publisher = outlet, Published = published } };

        var report = await pipeline.CheckAsync(new[]
        {
            Article("courier", "The Courier", "Forty-one senior doctors signed the letter."),
            Article("ledger", "The Ledger", "The letter was signed by 130 senior doctors."),
        });

        report.Findings.Should().ContainSingle().Which.Kind.Should().Be(FindingKind.Contradiction);
        FindingExplanation.Render(report.Findings[0], report).Should().Contain("The Courier").And.Contain("The Ledger");
    }

    [Test]
    public void The_readme_example_matches_this_test()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        readme.Should().Contain("var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();")
            .And.Contain("Article(\"ledger\", \"The Ledger\", \"The letter was signed by 130 senior doctors.\"),");
    }
}
