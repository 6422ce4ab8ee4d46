using System.CommandLine;
using ConsistencyCheck.Cli.Commands;

namespace ConsistencyCheck.Cli;

/// <summary>
/// The command line: <c>check</c>, <c>extract</c> and <c>compare</c> (the two halves of <c>check</c>, for corpora beyond one
/// machine), and <c>recognize</c>. Thin by design: it turns arguments into options, runs the
/// library's pipeline and hands the report to a writer. Exit codes: 0 success, 1 findings matched <c>--fail-on</c>,
/// 2 usage error or a path that does not exist (the message names the problem; <c>check</c> and <c>extract</c> still
/// read and report the other paths, and 2 takes precedence over 0 and 1), 130 cancelled.
/// </summary>
internal static class CliApplication
{
    /// <summary>Exit code for a usage error, and for a path that does not exist.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code when the run was cancelled (128 + SIGINT), as shells report Ctrl-C.</summary>
    public const int Cancelled = 130;

    private static async Task<int> CancelledAsync(TextWriter error)
    {
        await error.WriteLineAsync("cancelled: no report was written").ConfigureAwait(false);
        return Cancelled;
    }

    /// <summary>Runs the command line with the given streams (tests pass their own).</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var streams = new CliStreams(input, output, error);
        var root = new RootCommand(
            "ConsistencyCheck: do news sources agree on their figures? Exit codes: 0 done; 1 findings matched --fail-on; " +
            "2 usage error or a path that does not exist (the other paths are still checked and reported); 130 cancelled.");
        root.Subcommands.Add(CheckCommand.Create(streams));
        root.Subcommands.Add(ExtractCommand.Create(streams));
        root.Subcommands.Add(CompareCommand.Create(streams));
        root.Subcommands.Add(RecognizeCommand.Create(streams));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                await error.WriteLineAsync($"error: {problem.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'consistency-check --help' for usage.").ConfigureAwait(false);
            return UsageError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        try
        {
            var exit = await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            return cancellationToken.IsCancellationRequested ? await CancelledAsync(error).ConfigureAwait(false) : exit;
        }
        catch (OperationCanceledException)
        {
            return await CancelledAsync(error).ConfigureAwait(false);
        }
    }
}
