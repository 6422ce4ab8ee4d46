using System.Text.Json;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>
/// A standard input that never ends: JSON Lines articles, one after another, for as long as it is read. A run fed by
/// it can only stop by cancellation, so tests of cancellation do not race the machine's speed.
/// </summary>
internal sealed class EndlessFeed : TextReader
{
    private string _pending = string.Empty;
    private int _position;
    private int _next;

    /// <summary>How many lines have been handed out so far.</summary>
    public int LinesRead => _next;

    public override int Read(char[] buffer, int index, int count) => Fill(buffer.AsSpan(index, count));

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Fill(buffer.Span));
    }

    private int Fill(Span<char> buffer)
    {
        if (_position == _pending.Length)
        {
            var (name, content) = ArticleGenerator.Build(_next);
            _pending = JsonSerializer.Serialize(new { id = $"{name}-{_next}", text = content }) + "\n";
            _position = 0;
            _next++;
        }

        var count = Math.Min(buffer.Length, _pending.Length - _position);
        _pending.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    /// <summary>The same articles as documents, endlessly.</summary>
    public static IEnumerable<int> Indices()
    {
        for (var i = 0; ; i++)
        {
            yield return i;
        }
    }
}
