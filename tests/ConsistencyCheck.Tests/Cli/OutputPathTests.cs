using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.Json;
using ConsistencyCheck.Tests.Robustness;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Cli;

/// <summary>
/// Where <c>--out</c> may write, through the real process: a regular file or a new path (a symbolic link is
/// followed, the mode is kept); a folder, a pipe, a device or one of the run's inputs is refused with exit 2 and one
/// line, before any work; a path that cannot be written is one line and exit 2, never a stack trace.
/// </summary>
[Platform(Exclude = "Win", Reason = "symbolic links, named pipes and file modes as on Linux and macOS")]
[UnsupportedOSPlatform("windows")]
public class OutputPathTests
{
    private string _root = null!;

    [SetUp]
    public void CreateFolder()
    {
        _root = Path.Combine(Path.GetTempPath(), "cc-out-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    private static Task<CliResult> Check(string output, params string[] inputs) =>
        CliProcess.RunAsync(["check", .. inputs, "--format", "json", "--out", output]);

    private static void ShouldBeReport(string path)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(path));
        report.RootElement.GetProperty("documents").GetArrayLength().Should().BeGreaterThan(0);
    }

    private static void ShouldBeRefused(CliResult result, string reason)
    {
        result.Exit.Should().Be(2, result.ToString());
        result.ErrorLines.Should().ContainSingle(result.ToString()).Which.Should().StartWith("error: ").And.Contain(reason);
        result.Output.Should().BeEmpty();
        result.Error.Should().NotContain("   at ", "no stack trace");
    }

    [Test]
    public async Task A_symbolic_link_is_followed_its_target_replaced_and_the_link_kept()
    {
        var target = Path.Combine(_root, "target.json");
        await File.WriteAllTextAsync(target, "old");
        var link = Path.Combine(_root, "link.json");
        File.CreateSymbolicLink(link, "target.json");

        var result = await Check(link, TestPaths.Samples);

        result.Exit.Should().Be(0, result.ToString());
        new FileInfo(link).LinkTarget.Should().Be("target.json", "the link is still a link");
        ShouldBeReport(target);
    }

    [Test]
    public async Task The_mode_of_an_existing_report_is_kept()
    {
        var output = Path.Combine(_root, "report.json");
        await File.WriteAllTextAsync(output, "old");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var result = await Check(output, TestPaths.Samples);

        result.Exit.Should().Be(0, result.ToString());
        File.GetUnixFileMode(output).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        ShouldBeReport(output);
    }

    [Test]
    public async Task A_named_pipe_is_refused_and_left_alone()
    {
        var pipe = Path.Combine(_root, "out.fifo");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var result = await Check(pipe, TestPaths.Samples);

        ShouldBeRefused(result, "named pipe");
        (File.GetAttributes(pipe) & FileAttributes.Directory).Should().Be(0);
        new FileInfo(pipe).Length.Should().Be(0);
        Directory.GetFiles(_root).Should().Equal(pipe);
    }

    [Test]
    public async Task A_link_to_a_device_is_refused_and_the_link_kept()
    {
        var link = Path.Combine(_root, "null.json");
        File.CreateSymbolicLink(link, "/dev/null");

        var result = await Check(link, TestPaths.Samples);

        ShouldBeRefused(result, "device");
        new FileInfo(link).LinkTarget.Should().Be("/dev/null");
    }

    [Test]
    public async Task A_folder_is_refused_before_any_work()
    {
        // The input never ends: only a refusal before reading it lets the run finish.
        using var process = CliProcess.Start(["check", "-", "--format", "json", "--out", _root]);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var feed = new EndlessFeed();
        var pump = Task.Run(async () =>
        {
            var buffer = new char[16 * 1024];
            try
            {
                while (true)
                {
                    await process.StandardInput.WriteAsync(buffer.AsMemory(0, feed.Read(buffer, 0, buffer.Length)));
                }
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                // The program ended.
            }
        });

        await CliProcess.WaitAsync(process);
        await pump;

        ShouldBeRefused(new CliResult(process.ExitCode, await output, await error), "is a folder");
        Directory.GetFileSystemEntries(_root).Should().BeEmpty();
    }

    [Test]
    public async Task A_path_below_a_regular_file_is_one_line_and_exit_2()
    {
        var file = Path.Combine(_root, "plain.txt");
        await File.WriteAllTextAsync(file, "not a folder");

        var result = await Check(Path.Combine(file, "report.json"), TestPaths.Samples);

        ShouldBeRefused(result, "plain.txt");
        (await File.ReadAllTextAsync(file)).Should().Be("not a folder");
    }

    [Test]
    public async Task A_read_only_folder_is_one_line_and_exit_2()
    {
        if (Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root")
        {
            Assert.Ignore("root writes into read-only folders; A_path_below_a_regular_file_… covers the failure");
        }

        var folder = Path.Combine(_root, "locked");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var result = await Check(Path.Combine(folder, "report.json"), TestPaths.Samples);

            ShouldBeRefused(result, "locked");
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Test]
    public async Task Stale_temporary_files_of_a_killed_run_are_removed()
    {
        var output = Path.Combine(_root, "report.json");
        // A pid above the kernel's maximum (4194304) belongs to no process.
        var stale = Path.Combine(_root, ".report.json.cc-tmp-2147483000");
        await File.WriteAllTextAsync(stale, "half a report");
        var other = Path.Combine(_root, ".other.json.cc-tmp-2147483000");
        await File.WriteAllTextAsync(other, "another report's");

        var result = await Check(output, TestPaths.Samples);

        result.Exit.Should().Be(0, result.ToString());
        File.Exists(stale).Should().BeFalse();
        File.Exists(other).Should().BeTrue("only this report's temporary files are cleaned");
        ShouldBeReport(output);
    }

    [Test]
    public async Task The_temporary_file_is_named_with_the_process_id()
    {
        // A run that is signalled mid-write would leave exactly such a file; while it runs, it is there.
        var output = Path.Combine(_root, "lines.jsonl");
        using var process = CliProcess.Start(["extract", "-", "--out", output]);
        var error = process.StandardError.ReadToEndAsync();
        using var feed = new EndlessFeed();
        var pump = Task.Run(async () =>
        {
            var buffer = new char[16 * 1024];
            try
            {
                while (feed.LinesRead < 400)
                {
                    await process.StandardInput.WriteAsync(buffer.AsMemory(0, feed.Read(buffer, 0, buffer.Length)));
                }

                process.StandardInput.Close();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                // The program ended.
            }
        });
        var temporary = Path.Combine(_root, $".lines.jsonl.cc-tmp-{process.Id}");
        var waited = Stopwatch.StartNew();
        var seen = false;
        while (!process.HasExited && !seen && waited.Elapsed < CliProcess.Timeout)
        {
            seen = File.Exists(temporary);
            await Task.Delay(10);
        }

        await pump;
        await CliProcess.WaitAsync(process);

        process.ExitCode.Should().Be(0, await error);
        seen.Should().BeTrue($"{temporary} exists while the run writes");
        Directory.GetFiles(_root).Select(Path.GetFileName).Should().Equal("lines.jsonl");
    }
}
