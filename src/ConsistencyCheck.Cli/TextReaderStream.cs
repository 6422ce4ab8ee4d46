using System.Text;

namespace ConsistencyCheck.Cli;

/// <summary>
/// A read-only stream of the UTF-8 bytes of a <see cref="TextReader"/>, read as it is consumed (never whole), so that a
/// substituted standard input streams like the real one and honours cancellation while it waits.
/// </summary>
internal sealed class TextReaderStream(TextReader reader) : Stream
{
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private readonly char[] _chars = new char[4096];
    private readonly byte[] _bytes = new byte[Encoding.UTF8.GetMaxByteCount(4096)];
    private int _start;
    private int _end;
    private bool _done;

    /// <summary>Opens standard input: the process's own as a raw stream, a substituted reader through this adapter.</summary>
    public static Stream Open(TextReader input) =>
        ReferenceEquals(input, Console.In) ? Console.OpenStandardInput() : new TextReaderStream(input);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count), CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_start == _end && !_done)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = await reader.ReadAsync(_chars.AsMemory(), cancellationToken).ConfigureAwait(false);
            _done = read == 0;
            _start = 0;
            _end = _encoder.GetBytes(_chars, 0, read, _bytes, 0, flush: _done);
        }

        var count = Math.Min(buffer.Length, _end - _start);
        _bytes.AsSpan(_start, count).CopyTo(buffer.Span);
        _start += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
