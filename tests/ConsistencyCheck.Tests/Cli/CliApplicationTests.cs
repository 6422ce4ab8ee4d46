using System.Text.Json;
using ConsistencyCheck.Cli;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Cli;

public class CliApplicationTests
{
    private static async Task<(int Exit, string Output, string Error)> Run(string input, params string[] args)
    {
        using var stdin = new StringReader(input);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApplication.RunAsync(args, stdin, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public async Task A_missing_path_exits_2_naming_the_path_and_is_listed_in_the_report()
    {
        var (exit, output, error) = await Run(string.Empty, "check", "no/such/folder");
        exit.Should().Be(2);
        error.Should().Contain("no/such/folder").And.Contain("does not exist");
        output.Should().Contain("no/such/folder");
    }

    [Test]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var (exit, _, error) = await Run(string.Empty, "check", TestPaths.Samples, "--format", "pdf");
        exit.Should().Be(2);
        error.Should().Contain("pdf");
    }

    [Test]
    public async Task Fail_on_contradiction_exits_1_when_the_samples_contradict()
    {
        var (exit, _, _) = await Run(string.Empty, "check", TestPaths.Samples, "--format", "json", "--fail-on", "contradiction");
        exit.Should().Be(1);
    }

    [Test]
    public async Task The_console_summary_lists_findings()
    {
        var (exit, output, _) = await Run(string.Empty, "check", TestPaths.Samples);
        exit.Should().Be(0);
        output.Should().Contain("contradiction", because: "the samples plant one").And.Contain("130");
    }

    [TestCase("markdown", "# ")]
    [TestCase("html", "<!DOCTYPE html>")]
    public async Task Out_writes_the_report_to_a_file(string format, string start)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cc-{Guid.NewGuid():N}.{format}");
        try
        {
            var (exit, _, _) = await Run(string.Empty, "check", TestPaths.Samples, "--format", format, "--out", path);
            exit.Should().Be(0);
            (await File.ReadAllTextAsync(path)).Should().Contain(start);
            Directory.GetFiles(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.cc-tmp-*").Should().BeEmpty();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task Recognize_writes_one_line_per_input_line_with_hedges_read()
    {
        const string input = "{\"text\":\"Nearly 55,000 residents were evacuated.\",\"referenceDate\":\"2024-03-14\"}\nnot json\n{\"text\":\"\"}\n";
        var (exit, output, _) = await Run(input, "recognize");
        exit.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        using (var first = JsonDocument.Parse(lines[0]))
        {
            var entity = first.RootElement.GetProperty("entities")[0];
            entity.GetProperty("text").GetString().Should().Be("Nearly 55,000");
            entity.GetProperty("qualifier").GetString().Should().Be("nearly");
            entity.GetProperty("value").GetDecimal().Should().Be(55000);
        }

        lines[1].Should().Contain("\"error\"").And.Contain("line 2");
        lines[2].Should().Be("{\"entities\":[]}");
    }
}
