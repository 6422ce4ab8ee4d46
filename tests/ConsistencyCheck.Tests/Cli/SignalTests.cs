using System.Diagnostics;
using ConsistencyCheck.Tests.Robustness;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Cli;

/// <summary>
/// Real signals to the real process in the middle of a run. The run reads an endless standard input, so it can only
/// end by the signal; the signal is sent once the program has read far more than a pipe holds, so it is under way.
/// Each case is repeated, because the old failures (exit 1, or a crash with 134) depended on timing.
/// </summary>
[NonParallelizable]
public class SignalTests
{
    private const int Repeats = 3;

    private string _root = null!;

    [SetUp]
    public void CreateFolder()
    {
        _root = Path.Combine(Path.GetTempPath(), "cc-signal-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    [TestCase(CliProcess.SigInt, 130, "check")]
    [TestCase(CliProcess.SigTerm, 143, "check")]
    [TestCase(CliProcess.SigInt, 130, "extract")]
    [TestCase(CliProcess.SigTerm, 143, "extract")]
    public async Task A_signal_mid_run_exits_128_plus_its_number_with_one_line_and_no_output_file(int signal, int expected, string command)
    {
        for (var attempt = 1; attempt <= Repeats; attempt++)
        {
            var output = Path.Combine(_root, $"report-{attempt}.json");
            string[] args = command == "check" ? ["check", "-", "--format", "json", "--out", output] : ["extract", "-", "--out", output];

            var result = await RunUntilSignalled(args, signal);

            result.Exit.Should().Be(expected, $"attempt {attempt}: {result}");
            result.ErrorLines.Should().ContainSingle($"attempt {attempt}: {result}");
            result.Error.Should().Contain("no report was written").And.NotContain("Exception");
            result.Output.Should().BeEmpty();
            File.Exists(output).Should().BeFalse($"attempt {attempt}");
            Directory.GetFileSystemEntries(_root).Should().BeEmpty("no temporary file is left either");
        }
    }

    [Test]
    public async Task A_signal_while_writing_to_standard_output_exits_130_without_a_crash()
    {
        for (var attempt = 1; attempt <= Repeats; attempt++)
        {
            var result = await RunUntilSignalled(["check", "-", "--format", "json"], CliProcess.SigInt);

            result.Exit.Should().Be(130, $"attempt {attempt}: {result}");
            result.ErrorLines.Should().ContainSingle($"attempt {attempt}: {result}");
        }
    }

    /// <summary>Starts the CLI on an endless feed, signals it once it has read well past a pipe's buffer, and waits.</summary>
    private static async Task<CliResult> RunUntilSignalled(string[] args, int signal)
    {
        using var process = CliProcess.Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var feed = new EndlessFeed();
        using var stop = new CancellationTokenSource();
        var pump = Task.Run(() => Pump(feed, process.StandardInput, stop.Token));

        // A pipe holds 64 KiB, about 50 articles; 200 read means the program is consuming them.
        var waited = Stopwatch.StartNew();
        while (feed.LinesRead < 200 && !process.HasExited && waited.Elapsed < CliProcess.Timeout)
        {
            await Task.Delay(20);
        }

        process.HasExited.Should().BeFalse("an endless run cannot end by itself");
        CliProcess.Signal(process, signal);
        await CliProcess.WaitAsync(process);
        await stop.CancelAsync();
        await pump;
        return new CliResult(process.ExitCode, await output, await error);
    }

    private static async Task Pump(EndlessFeed feed, StreamWriter input, CancellationToken cancellationToken)
    {
        var buffer = new char[16 * 1024];
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var read = feed.Read(buffer, 0, buffer.Length);
                await input.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The process ended: its end of the pipe is closed.
        }
    }
}
