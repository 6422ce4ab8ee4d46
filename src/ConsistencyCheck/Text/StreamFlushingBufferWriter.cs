using System.Buffers;

namespace ConsistencyCheck.Text;

/// <summary>
/// A buffer writer that hands what was written to a stream whenever it holds <see cref="FlushSize"/> bytes or more,
/// so a writer of a report of any size needs a buffer of a few kilobytes instead of the whole report. Writes to the
/// stream synchronously, from <see cref="Advance"/> and <see cref="Flush"/>; not thread-safe.
/// </summary>
internal sealed class StreamFlushingBufferWriter(Stream stream) : IBufferWriter<byte>
{
    /// <summary>Bytes gathered before they are written to the stream.</summary>
    public const int FlushSize = 64 * 1024;

    private readonly ArrayBufferWriter<byte> _buffer = new(FlushSize * 2);

    /// <summary>Bytes handed to the stream so far, and those still buffered.</summary>
    public long WrittenCount { get; private set; }

    /// <inheritdoc/>
    public void Advance(int count)
    {
        _buffer.Advance(count);
        WrittenCount += count;
        // Utf8JsonWriter asks for new memory after each Advance, so what it was given may be written out and reused.
        if (_buffer.WrittenCount >= FlushSize)
        {
            Flush();
        }
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0) => _buffer.GetMemory(sizeHint);

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0) => _buffer.GetSpan(sizeHint);

    /// <summary>Writes the buffered bytes to the stream (without flushing the stream itself).</summary>
    public void Flush()
    {
        stream.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }
}
