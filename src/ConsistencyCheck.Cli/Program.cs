using ConsistencyCheck.Cli;

// Signals are handled here, before anything else runs, and only here (System.CommandLine's own handling is off).
using var signals = ShutdownSignals.Register();
return await CliApplication.RunAsync(
    args, new CliStreams(Console.In, Console.Out, Console.Error), signals.Token, () => signals.Received).ConfigureAwait(false);
