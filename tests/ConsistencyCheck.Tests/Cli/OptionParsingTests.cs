using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Cli;

/// <summary>
/// Usage errors through the real process: a mistyped option is refused before any work with a suggestion; an
/// argument that looks like an option is not taken for a path unless it comes after <c>--</c>; no arguments print
/// help; an input that yields no documents warns.
/// </summary>
public class OptionParsingTests
{
    private string _root = null!;

    [SetUp]
    public void CreateFolder()
    {
        _root = Path.Combine(Path.GetTempPath(), "cc-args-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    [TestCase("check", "--formt", "--format")]
    [TestCase("check", "--fail-no", "--fail-on")]
    [TestCase("check", "--stat", "--stats")]
    [TestCase("compare", "--ot", "--out")]
    [TestCase("extract", "--stast", "--stats")]
    public async Task A_mistyped_option_is_a_usage_error_naming_it_and_the_nearest_option(string command, string typo, string meant)
    {
        var result = await CliProcess.RunAsync([command, TestPaths.Samples, typo, "json"]);

        result.Exit.Should().Be(2, result.ToString());
        result.Output.Should().BeEmpty("nothing runs");
        result.Error.Should().Contain($"'{typo}'").And.Contain($"'{meant}'");
        result.Error.Should().NotContain("does not exist", "json is the typo's value, not a path");
    }

    [Test]
    public async Task An_argument_starting_with_dashes_that_is_no_option_is_a_usage_error()
    {
        var result = await CliProcess.RunAsync(["check", "--xyzzy-not-an-option", TestPaths.Samples]);

        result.Exit.Should().Be(2, result.ToString());
        result.Output.Should().BeEmpty();
        result.Error.Should().Contain("'--xyzzy-not-an-option'").And.Contain("--");
    }

    [Test]
    public async Task A_file_named_like_an_option_is_read_after_a_double_dash()
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "--format"), "Flood\n\nPolice said nearly 41 doctors signed the letter.\n");

        var result = await CliProcess.RunAsync(["check", "--format", "json", "--", "--format"], workingDirectory: _root);

        result.Exit.Should().Be(0, result.ToString());
        result.Output.Should().Contain("\"id\": \"--format\"");
    }

    [Test]
    public async Task No_arguments_print_help_and_exit_0()
    {
        var result = await CliProcess.RunAsync([]);

        result.Exit.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Usage:").And.Contain("check").And.Contain("compare");
        result.Error.Should().BeEmpty();
    }

    [TestCase("check")]
    [TestCase("extract")]
    public async Task An_empty_folder_warns_and_exits_0(string command)
    {
        var empty = Path.Combine(_root, "empty");
        Directory.CreateDirectory(empty);

        var result = await CliProcess.RunAsync([command, empty]);

        result.Exit.Should().Be(0, result.ToString());
        result.ErrorLines.Should().ContainSingle(result.ToString()).Which.Should().StartWith("warning: ").And.Contain(empty).And.Contain("no documents");
    }

    [Test]
    public async Task Only_the_input_that_yields_nothing_is_named()
    {
        var empty = Path.Combine(_root, "empty");
        Directory.CreateDirectory(Path.Combine(empty, "nested"));

        var result = await CliProcess.RunAsync(["check", TestPaths.Samples, empty, "--format", "json"]);

        result.Exit.Should().Be(0, result.ToString());
        result.ErrorLines.Should().ContainSingle(result.ToString()).Which.Should().Contain(empty).And.NotContain(TestPaths.Samples);
    }

    [Test]
    public async Task A_folder_of_hidden_files_only_warns()
    {
        var folder = Path.Combine(_root, "hidden");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, ".draft.txt"), "Police said nearly 41 doctors signed.\n");

        var result = await CliProcess.RunAsync(["check", folder, "--format", "json"]);

        result.Exit.Should().Be(0, result.ToString());
        result.ErrorLines.Should().ContainSingle(result.ToString()).Which.Should().Contain(folder).And.Contain("no documents");
    }
}
