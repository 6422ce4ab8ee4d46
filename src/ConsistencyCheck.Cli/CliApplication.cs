using System.CommandLine;
using System.Runtime.InteropServices;
using ConsistencyCheck.Cli.Commands;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck.Cli;

/// <summary>
/// The command line: <c>check</c>, <c>extract</c> and <c>compare</c> (the two halves of <c>check</c>, for corpora beyond one
/// machine), and <c>recognize</c>. Thin by design: it turns arguments into options, runs the
/// library's pipeline and hands the report to a writer. Exit codes: 0 success (and help, which no arguments print),
/// 1 findings matched <c>--fail-on</c>, 2 usage error (an unknown option, a refused <c>--out</c>), an output that
/// cannot be written, or a path that does not exist (the message names the problem; <c>check</c> and <c>extract</c>
/// still read and report the other paths, and 2 takes precedence over 0 and 1), 130 cancelled or SIGINT, 143 SIGTERM.
/// </summary>
internal static class CliApplication
{
    /// <summary>Exit code for a usage error, an output that cannot be written, and a path that does not exist.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code when the run was cancelled (128 + SIGINT), as shells report Ctrl-C.</summary>
    public const int Cancelled = 130;

    private const string Description =
        "ConsistencyCheck: do news sources agree on their figures? Exit codes: 0 done; 1 findings matched --fail-on; " +
        "2 usage error, --out refused or not writable, or a path that does not exist (the other paths are still checked and reported); " +
        "130 cancelled (SIGINT); 143 SIGTERM. A file whose name starts with '-' is read when given after '--'.";

    /// <summary>Runs the command line with the given streams (tests pass their own); cancellation exits 130.</summary>
    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, new CliStreams(input, output, error), cancellationToken, static () => null);

    /// <summary>
    /// Runs the command line. When <paramref name="cancellationToken"/> stops the run, <paramref name="signal"/> says
    /// which signal did (null: plain cancellation), for the exit code and the one line on standard error.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CliStreams streams, CancellationToken cancellationToken, Func<PosixSignal?> signal)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentNullException.ThrowIfNull(signal);
        var root = new RootCommand(Description);
        root.Subcommands.Add(CheckCommand.Create(streams));
        root.Subcommands.Add(ExtractCommand.Create(streams));
        root.Subcommands.Add(CompareCommand.Create(streams));
        root.Subcommands.Add(RecognizeCommand.Create(streams));

        // No arguments: help, as for --help (exit 0).
        var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        var problems = parse.Errors.Select(e => "error: " + DisplayText.Neutralize(e.Message)).ToList();
        if (problems.Count == 0 && UsageCheck.Problem(parse) is { } problem)
        {
            problems.Add(problem);
        }

        if (problems.Count > 0)
        {
            foreach (var line in problems)
            {
                await streams.Error.WriteLineAsync(line).ConfigureAwait(false);
            }

            await streams.Error.WriteLineAsync("Run 'consistency-check --help' for usage.").ConfigureAwait(false);
            return UsageError;
        }

        // Signals are the caller's (Program): System.CommandLine's own handler would end the process with its own codes.
        // Its default exception handler is off too: it turned cancellation into a silent exit 1 and printed stack traces.
        var configuration = new InvocationConfiguration
        {
            Output = streams.Output,
            Error = streams.Error,
            ProcessTerminationTimeout = null,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            // A run that finished (its report written) keeps its exit code even if a signal came in meanwhile.
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var received = signal();
            var by = ShutdownSignals.Name(received) is { } name ? $" by {name}" : string.Empty;
            await streams.Error.WriteLineAsync($"cancelled{by}: no report was written").ConfigureAwait(false);
            return ShutdownSignals.ExitCode(received);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Reading an input or writing the output failed (a full disk, a file gone): one line, no stack trace.
            await streams.Error.WriteLineAsync($"error: {DisplayText.Neutralize(ex.Message)}").ConfigureAwait(false);
            return UsageError;
        }
    }
}
