using System.Diagnostics;
using System.Globalization;
using System.Text;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck.Cli;

/// <summary>
/// A report on its way to <c>--out</c>: written to a temporary file beside the target, then renamed over it, so a crash,
/// a signal or a full disk never leaves half a report and an existing report stays whole until the new one is complete.
/// </summary>
/// <remarks>
/// The temporary file is <c>.NAME.cc-tmp-PID</c> in the target's folder (the folder of the file a symbolic link points
/// to, so the rename replaces that file and keeps the link). It is created before any work, so a path that cannot be
/// written fails at once. A run killed outright (SIGKILL, power loss) leaves it behind; the next run writing the same
/// report removes every such file whose process is gone. The replaced file's mode is given to the new one.
/// Not thread-safe.
/// </remarks>
internal sealed class AtomicOutput : IAsyncDisposable
{
    private const string TemporaryMarker = ".cc-tmp-";

    private readonly FileStream _stream;
    private bool _committed;

    private AtomicOutput(OutputTarget target, string temporary, FileStream stream)
    {
        Target = target;
        Temporary = temporary;
        _stream = stream;
    }

    /// <summary>Where the report goes.</summary>
    public OutputTarget Target { get; }

    /// <summary>The temporary file being written.</summary>
    public string Temporary { get; }

    /// <summary>The temporary file's stream; write the report to it, then call <see cref="CommitAsync"/>.</summary>
    public Stream Stream => _stream;

    /// <summary>The name a run with process id <paramref name="processId"/> gives its temporary file for <paramref name="target"/>.</summary>
    public static string TemporaryName(string target, int processId) =>
        "." + Path.GetFileName(target) + TemporaryMarker + processId.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Removes the temporary files of dead runs for <paramref name="target"/> and creates this run's.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be created or written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static AtomicOutput Create(OutputTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var folder = Path.GetDirectoryName(target.Path) ?? ".";
        Directory.CreateDirectory(folder);
        RemoveStale(folder, Path.GetFileName(target.Path));
        var temporary = Path.Combine(folder, TemporaryName(target.Path, Environment.ProcessId));
        // Left by an earlier process that had this id: stale by definition, since this process has written nothing yet.
        File.Delete(temporary);
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        return new AtomicOutput(target, temporary, stream);
    }

    /// <summary>Writes through a UTF-8 text writer (no byte-order mark) over <see cref="Stream"/>.</summary>
    public async Task WriteTextAsync(Func<TextWriter, Task> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var writer = new StreamWriter(_stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            await write(writer).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Flushes the report and renames it over the target, unless <paramref name="cancellationToken"/> was cancelled,
    /// in which case nothing is replaced and <see cref="OperationCanceledException"/> is thrown.
    /// </summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (Target.Exists && !OperatingSystem.IsWindows() && File.Exists(Target.Path))
        {
            File.SetUnixFileMode(Temporary, File.GetUnixFileMode(Target.Path));
        }

        File.Move(Temporary, Target.Path, overwrite: true);
        _committed = true;
    }

    /// <summary>Closes the temporary file and, unless committed, deletes it.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        if (!_committed)
        {
            File.Delete(Temporary);
        }
    }

    private static void RemoveStale(string folder, string name)
    {
        var prefix = "." + name + TemporaryMarker;
        foreach (var file in Directory.EnumerateFiles(folder, prefix + "*"))
        {
            var fileName = Path.GetFileName(file);
            if (fileName.StartsWith(prefix, StringComparison.Ordinal) &&
                int.TryParse(fileName.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var processId) &&
                processId != Environment.ProcessId && !IsRunning(processId))
            {
                File.Delete(file);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The message for an output that cannot be written; one line, safe for a terminal.</summary>
    public static string Failure(string path, Exception exception) =>
        $"error: cannot write --out '{DisplayText.Neutralize(path)}': {DisplayText.Neutralize(exception.Message)}";
}
