namespace ConsistencyCheck.Ingest;

/// <summary>
/// Reads a stream line by line as bytes (split at <c>\n</c>, a trailing <c>\r</c> removed) without ever holding
/// more than one line, and never more than a limit: a longer line is consumed and reported as too long.
/// </summary>
internal sealed class Utf8LineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;
    private byte[] _line = new byte[4096];
    private int _lineLength;

    /// <summary>The number of the line last read, from 1.</summary>
    public int LineNumber { get; private set; }

    /// <summary>True when the line last read was longer than the limit; <see cref="Line"/> is then empty.</summary>
    public bool TooLong { get; private set; }

    /// <summary>How many bytes the line last read had (also when too long).</summary>
    public long LineBytes { get; private set; }

    /// <summary>The bytes of the line last read.</summary>
    public ReadOnlySpan<byte> Line => _line.AsSpan(0, _lineLength);

    /// <summary>Reads the next line; false at the end of the stream.</summary>
    public async ValueTask<bool> ReadLineAsync(CancellationToken cancellationToken)
    {
        _lineLength = 0;
        LineBytes = 0;
        TooLong = false;
        var any = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_eof)
                {
                    if (!any)
                    {
                        return false;
                    }

                    break;
                }

                _start = 0;
                _end = await stream.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                _eof = _end == 0;
                continue;
            }

            any = true;
            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            var take = newline < 0 ? available.Length : newline;
            Append(available[..take]);
            _start += take + (newline < 0 ? 0 : 1);
            if (newline >= 0)
            {
                break;
            }
        }

        LineNumber++;
        if (_lineLength > 0 && _line[_lineLength - 1] == (byte)'\r')
        {
            _lineLength--;
        }

        return true;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        LineBytes += bytes.Length;
        if (TooLong)
        {
            return;
        }

        if (LineBytes > maxLineBytes)
        {
            TooLong = true;
            _lineLength = 0;
            return;
        }

        if (_lineLength + bytes.Length > _line.Length)
        {
            Array.Resize(ref _line, (int)Math.Min(Math.Max(_line.Length * 2L, _lineLength + (long)bytes.Length), Array.MaxLength));
        }

        bytes.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += bytes.Length;
    }
}
