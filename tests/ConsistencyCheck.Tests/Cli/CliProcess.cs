using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Cli;

/// <summary>What a finished CLI process gave: its exit code and everything it wrote.</summary>
/// <param name="Exit">The exit code.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record CliResult(int Exit, string Output, string Error)
{
    /// <summary>The non-empty lines of standard error.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A description for assertion messages.</summary>
    public override string ToString() => $"exit {Exit}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}

/// <summary>
/// Runs the real command-line program (<c>dotnet consistency-check.dll</c>, built beside the tests) as a child
/// process, so exit codes, signals and what reaches the terminal are those a user sees. Timeouts are generous (a slow
/// 2-core CI machine); running into one fails the test, it never decides an outcome.
/// </summary>
internal static class CliProcess
{
    /// <summary>How long a process may take before the test gives up on it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public const int SigInt = 2;
    public const int SigTerm = 15;

    private static string Program => Path.Combine(TestContext.CurrentContext.TestDirectory, "consistency-check.dll");

    /// <summary>Starts the program with redirected standard streams (UTF-8).</summary>
    public static Process Start(IEnumerable<string> args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? TestContext.CurrentContext.TestDirectory,
        };
        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>Runs the program to its end with <paramref name="stdin"/> as standard input.</summary>
    public static async Task<CliResult> RunAsync(string[] args, string stdin = "", string? workingDirectory = null)
    {
        using var process = Start(args, workingDirectory);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program finished without reading all of its input.
        }

        await WaitAsync(process);
        return new CliResult(process.ExitCode, await output, await error);
    }

    /// <summary>Waits for the process to end; kills it and fails the test after <see cref="Timeout"/>.</summary>
    public static async Task WaitAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the CLI did not finish within {Timeout.TotalSeconds} s");
        }
    }

    /// <summary>Sends a POSIX signal to the process (as <c>kill -SIGNAL pid</c> does).</summary>
    public static void Signal(Process process, int signal)
    {
        if (NativeMethods.kill(process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"kill({process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
#pragma warning disable SA1300, IDE1006 // The libc name.
        public static extern int kill(int pid, int sig);
#pragma warning restore SA1300, IDE1006
    }
}
