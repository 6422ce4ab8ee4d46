using System.Text;

namespace ConsistencyCheck.Cli;

/// <summary>Writes a file through a temporary file in the same folder and a rename, so a crash or Ctrl-C never leaves half a report.</summary>
internal static class AtomicFile
{
    public static Task WriteAsync(string path, Func<TextWriter, Task> write, CancellationToken cancellationToken) =>
        WriteStreamAsync(path, async stream =>
        {
            var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
            await using (writer.ConfigureAwait(false))
            {
                await write(writer).ConfigureAwait(false);
            }
        }, cancellationToken);

    /// <summary>As <see cref="WriteAsync"/>, for writers of bytes.</summary>
    public static async Task WriteStreamAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
