namespace ConsistencyCheck.Ingest;

/// <summary>Reads a whole stream into memory, but never more than a limit.</summary>
internal static class BoundedStream
{
    /// <summary>
    /// Reads <paramref name="stream"/> to its end, or until more than <paramref name="maxBytes"/> bytes have been
    /// read, in which case <c>TooLarge</c> is true and the bytes are incomplete.
    /// </summary>
    public static async Task<(ArraySegment<byte> Bytes, bool TooLarge)> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return (ArraySegment<byte>.Empty, true);
            }
        }

        return (new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), false);
    }
}
