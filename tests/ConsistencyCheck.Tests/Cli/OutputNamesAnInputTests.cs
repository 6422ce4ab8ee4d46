using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Cli;

/// <summary>
/// <c>--out</c> naming one of the run's inputs, however spelled (the same path, a relative path, a symbolic link, a
/// file inside an input folder, a hard link), is refused with exit 2 before any work, and the input is untouched.
/// </summary>
[Platform(Exclude = "Win", Reason = "symbolic and hard links as on Linux")]
public class OutputNamesAnInputTests
{
    private const string Article = "Flood in Mellbrook\n\nPolice said nearly 41 doctors signed the letter.\n";

    private string _root = null!;
    private string _article = null!;

    [SetUp]
    public async Task CreateFolder()
    {
        _root = Path.Combine(Path.GetTempPath(), "cc-in-out-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_root, "in", "sub"));
        _article = Path.Combine(_root, "in", "article.txt");
        await File.WriteAllTextAsync(_article, Article);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    private async Task ShouldBeRefused(string command, string input, string output)
    {
        string[] args = command == "extract" ? ["extract", input, "--out", output] : [command, input, "--format", "markdown", "--out", output];

        var result = await CliProcess.RunAsync(args, workingDirectory: _root);

        result.Exit.Should().Be(2, result.ToString());
        result.ErrorLines.Should().ContainSingle(result.ToString()).Which.Should().Contain("input");
        result.Output.Should().BeEmpty();
        (await File.ReadAllTextAsync(_article)).Should().Be(Article, "the input is untouched");
    }

    [Test]
    public Task The_same_path_is_refused() => ShouldBeRefused("check", _article, _article);

    [Test]
    public Task A_relative_spelling_is_refused() => ShouldBeRefused("check", "in/article.txt", "in/sub/../article.txt");

    [Test]
    public Task A_file_inside_an_input_folder_is_refused() => ShouldBeRefused("check", "in", "./in/article.txt");

    [Test]
    public Task Extract_refuses_it_too() => ShouldBeRefused("extract", _article, "in/article.txt");

    [Test]
    public Task A_symbolic_link_to_the_input_is_refused()
    {
        var link = Path.Combine(_root, "link.txt");
        File.CreateSymbolicLink(link, _article);
        return ShouldBeRefused("check", _article, link);
    }

    [Test]
    public Task An_input_reached_through_a_linked_folder_is_refused()
    {
        var linked = Path.Combine(_root, "linked");
        Directory.CreateSymbolicLink(linked, Path.Combine(_root, "in"));
        return ShouldBeRefused("check", _article, Path.Combine(linked, "article.txt"));
    }

    [Test]
    [Platform(Include = "Linux", Reason = "file identity (device and inode) is read with statx")]
    public async Task A_hard_link_to_the_input_is_refused()
    {
        var link = Path.Combine(_root, "hard.txt");
        using (var ln = System.Diagnostics.Process.Start("ln", [_article, link]))
        {
            await ln.WaitForExitAsync();
        }

        await ShouldBeRefused("check", _article, link);
    }

    [Test]
    public async Task Compare_refuses_its_input_file()
    {
        var lines = Path.Combine(_root, "lines.jsonl");
        var extracted = await CliProcess.RunAsync(["extract", _article, "--out", lines]);
        extracted.Exit.Should().Be(0, extracted.ToString());
        var before = await File.ReadAllTextAsync(lines);

        var result = await CliProcess.RunAsync(["compare", lines, "--format", "jsonl", "--out", lines]);

        result.Exit.Should().Be(2, result.ToString());
        result.ErrorLines.Should().ContainSingle(result.ToString());
        (await File.ReadAllTextAsync(lines)).Should().Be(before);
    }

    [Test]
    public async Task A_new_file_beside_the_inputs_is_written()
    {
        var result = await CliProcess.RunAsync(["check", "in", "--format", "markdown", "--out", "in/sub/report.md"], workingDirectory: _root);

        result.Exit.Should().Be(0, result.ToString());
        File.Exists(Path.Combine(_root, "in", "sub", "report.md")).Should().BeTrue();
    }
}
