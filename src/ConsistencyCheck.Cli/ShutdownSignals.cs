using System.Runtime.InteropServices;

namespace ConsistencyCheck.Cli;

/// <summary>
/// Turns SIGINT (Ctrl-C) and SIGTERM into cancellation of the run: the first of them cancels <see cref="Token"/> and is
/// remembered, so the run stops through its token, writes no report and exits 128 + the signal's number
/// (130 or 143) with one line on standard error. A second signal while the run is stopping gets the default action
/// (the process ends at once), so a stuck run can still be stopped.
/// </summary>
/// <remarks>
/// Signals that arrive after <see cref="Dispose"/> are not handled here (the registrations are gone first), so a
/// handler never touches a disposed token source. Thread-safe.
/// </remarks>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _source = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private PosixSignal? _received;
    private bool _disposed;

    private ShutdownSignals()
    {
    }

    /// <summary>Cancelled by the first SIGINT or SIGTERM.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>The signal that cancelled the run, or null while none has.</summary>
    public PosixSignal? Received
    {
        get
        {
            lock (_gate)
            {
                return _received;
            }
        }
    }

    /// <summary>Starts handling SIGINT and SIGTERM (where the platform has them).</summary>
    public static ShutdownSignals Register()
    {
        var signals = new ShutdownSignals();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                signals._registrations.Add(PosixSignalRegistration.Create(signal, signals.Handle));
            }
            catch (PlatformNotSupportedException)
            {
                // SIGTERM on a platform without it: Ctrl-C is still handled.
            }
        }

        return signals;
    }

    /// <summary>The exit code for a run cancelled by <paramref name="signal"/>: 128 + its number (130 when none is known).</summary>
    public static int ExitCode(PosixSignal? signal) => signal == PosixSignal.SIGTERM ? 143 : CliApplication.Cancelled;

    /// <summary>The signal's name for the message, or null.</summary>
    public static string? Name(PosixSignal? signal) => signal switch
    {
        PosixSignal.SIGINT => "SIGINT",
        PosixSignal.SIGTERM => "SIGTERM",
        _ => null,
    };

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        lock (_gate)
        {
            _disposed = true;
            _source.Dispose();
        }
    }

    private void Handle(PosixSignalContext context)
    {
        lock (_gate)
        {
            if (_disposed || _received is not null)
            {
                // Disposed: the run is over. Already stopping: the default action ends the process.
                return;
            }

            context.Cancel = true;
            _received = context.Signal;
            _source.Cancel();
        }
    }
}
