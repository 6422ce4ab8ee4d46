using System.Text.RegularExpressions;
using ConsistencyCheck.Tests.Cli;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.EndToEnd;

/// <summary>
/// The real command-line process over the gold stories (Gold/stories.jsonl: five stories, each in its own named
/// collection) with the default <c>--stories</c> (auto): the Markdown and console reports are organised by story, and
/// every finding sits under the story of its documents.
/// </summary>
public class StoriesEndToEndTests
{
    private static readonly string Stories = Path.Combine(TestPaths.RepositoryRoot, "tests", "ConsistencyCheck.Tests", "Gold", "stories.jsonl");

    [Test]
    public async Task Markdown_from_the_cli_has_a_section_per_story_holding_only_its_own_findings()
    {
        var result = await CliProcess.RunAsync(["check", Stories, "--format", "markdown"]);
        result.Exit.Should().Be(0, result.ToString());

        var sections = Regex.Split(result.Output, @"^## (?=Story [0-9]+:)", RegexOptions.Multiline).Skip(1).ToList();
        sections.Should().HaveCount(5, "each named collection is one story");
        foreach (var section in sections.Select(s => s.Split("\n## ")[0]))
        {
            var collection = Regex.Match(section, "in collection `(?<c>[a-z]+)`").Groups["c"].Value;
            collection.Should().NotBeEmpty();
            var evidence = Regex.Matches(section, @"^- \*\*(?<doc>[^*]+)\*\*", RegexOptions.Multiline).Select(m => m.Groups["doc"].Value).ToList();
            evidence.Should().NotBeEmpty("every gold story has findings").And.OnlyContain(d => d.StartsWith(collection + "-", StringComparison.Ordinal));
        }
    }

    [Test]
    public async Task The_console_report_from_the_cli_is_grouped_by_story_and_none_keeps_one_table()
    {
        var auto = await CliProcess.RunAsync(["check", Stories]);
        auto.Exit.Should().Be(0, auto.ToString());
        Regex.Matches(auto.Output, @"^Story [0-9]+: ", RegexOptions.Multiline).Should().HaveCount(5);
        auto.Output.Should().MatchRegex(@"5\s+stories,\s+each\s+compared\s+on\s+its\s+own\.");

        var none = await CliProcess.RunAsync(["check", Stories, "--stories", "none"]);
        none.Exit.Should().Be(0, none.ToString());
        none.Output.Should().NotContain("Story 1:").And.NotContain("stories");
    }
}
