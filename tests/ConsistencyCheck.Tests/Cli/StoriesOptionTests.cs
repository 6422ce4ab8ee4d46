using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Cli;

/// <summary>
/// <c>--stories auto|collection|none</c> through the real process: <c>extract --stories auto</c> writes each document's
/// signature, <c>compare --stories auto</c> groups by it and writes the report <c>check --stories auto</c> writes, and an
/// unknown mode is a usage error.
/// </summary>
public class StoriesOptionTests
{
    private string _root = null!;

    [SetUp]
    public void CreateFolder()
    {
        _root = Path.Combine(Path.GetTempPath(), "cc-stories-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    [Test]
    public async Task Compare_with_automatic_stories_gives_the_report_of_check()
    {
        var lines = Path.Combine(_root, "lines.jsonl");
        var extracted = await CliProcess.RunAsync(["extract", TestPaths.Samples, "--stories", "auto", "--out", lines]);
        var check = await CliProcess.RunAsync(["check", TestPaths.Samples, "--stories", "auto", "--format", "json"]);
        var compare = await CliProcess.RunAsync(["compare", lines, "--stories", "auto", "--format", "json"]);

        extracted.Exit.Should().Be(0, extracted.ToString());
        // Every article (not the folder's own documentation, which is skipped unread) has its signature.
        File.ReadLines(lines).Where(l => l.StartsWith("{\"document\"", StringComparison.Ordinal) && !l.Contains("skipped:", StringComparison.Ordinal)).Should().OnlyContain(l => l.Contains("\"signature\":{\"contentWords\""));
        check.Exit.Should().Be(0, check.ToString());
        compare.Output.Should().Be(check.Output);
    }

    [Test]
    public async Task With_stories_none_no_signature_is_written()
    {
        // Automatic is the default: only --stories none (or collection) leaves the signatures out.
        var lines = Path.Combine(_root, "lines.jsonl");
        var extracted = await CliProcess.RunAsync(["extract", TestPaths.Samples, "--stories", "none", "--out", lines]);

        extracted.Exit.Should().Be(0, extracted.ToString());
        File.ReadAllText(lines).Should().NotContain("\"signature\"");
    }

    [Test]
    public async Task An_unknown_story_mode_is_a_usage_error()
    {
        var result = await CliProcess.RunAsync(["check", TestPaths.Samples, "--stories", "topics"]);

        result.Exit.Should().Be(2, result.ToString());
        result.Output.Should().BeEmpty("nothing runs");
        result.Error.Should().Contain("topics");
    }
}
