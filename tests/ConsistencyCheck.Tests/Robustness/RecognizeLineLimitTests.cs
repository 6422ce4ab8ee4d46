using System.Text.Json;
using ConsistencyCheck.Cli;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>
/// <c>recognize</c> bounds a line at 16 MiB characters (IngestOptions.DefaultMaxDocumentBytes): a longer line is answered
/// with an error line naming it, without being held (a 100 MB line once took 5 GB, and endless zeros crashed the
/// process), and the next line is read as usual. Input is generated as it is read, so the test holds none of it.
/// </summary>
[NonParallelizable]
public class RecognizeLineLimitTests
{
    private const string Good = "{\"text\":\"Nearly 55,000 residents were evacuated on Tuesday.\"}";

    private static async Task<string[]> RecognizeAsync(TextReader input)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApplication.RunAsync(["recognize"], input, output, error, CancellationToken.None);
        exit.Should().Be(0, error.ToString());
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Test]
    public async Task A_line_over_the_limit_is_answered_with_an_error_naming_it_and_the_next_line_is_read()
    {
        // A valid JSON line whose text is 20 million letters: over the limit, though it would parse.
        var input = new GeneratedReader("{\"text\":\"", 'a', 20_000_000, "\"}\n" + Good + "\r\n" + Good);

        var lines = await RecognizeAsync(input);

        lines.Should().HaveCount(3);
        JsonDocument.Parse(lines[0]).RootElement.GetProperty("error").GetString().Should()
            .Be("line 1: longer than the limit of 16,777,216 characters (IngestOptions.MaxDocumentBytes); not read.");
        lines[1].Should().Contain("\"value\":55000").And.NotContain("error");
        lines[2].Should().Be(lines[1]);
    }

    [Test]
    public async Task A_hundred_million_zeros_are_skipped_without_being_held()
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var lines = await RecognizeAsync(new GeneratedReader(string.Empty, '0', 100_000_000, "\n" + Good + "\n"));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        lines.Should().HaveCount(2);
        lines[0].Should().Contain("line 1: longer than the limit");
        lines[1].Should().Contain("\"value\":55000");
        // Holding the line would take 200 MB for the string alone, and as much again to build it.
        allocated.Should().BeLessThan(300L << 20, "only the limit is ever buffered, not the line");
        TestContext.Out.WriteLine($"allocated {allocated / (1 << 20)} MiB");
    }

    [Test]
    public async Task A_line_at_the_limit_is_read()
    {
        var prefix = "{\"text\":\"";
        const string Suffix = " 41 doctors\"}";
        var fill = 16_777_216 - prefix.Length - Suffix.Length;

        var lines = await RecognizeAsync(new GeneratedReader(prefix, 'a', fill, Suffix + "\n"));

        lines.Should().ContainSingle().Which.Should().Contain("\"value\":41").And.NotContain("error");
    }

    /// <summary>Reads <c>prefix</c>, then <c>count</c> times <c>fill</c>, then <c>suffix</c>, generating it as it goes.</summary>
    private sealed class GeneratedReader(string prefix, char fill, long count, string suffix) : TextReader
    {
        private long _position;

        private long Length => prefix.Length + count + suffix.Length;

        public override int Peek() => _position < Length ? At(_position) : -1;

        public override int Read() => _position < Length ? At(_position++) : -1;

        public override int Read(char[] buffer, int index, int length) => Read(buffer.AsSpan(index, length));

        public override int Read(Span<char> buffer)
        {
            var n = (int)Math.Min(buffer.Length, Length - _position);
            for (var i = 0; i < n; i++)
            {
                buffer[i] = At(_position++);
            }

            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        private char At(long position) =>
            position < prefix.Length ? prefix[(int)position]
            : position < prefix.Length + count ? fill
            : suffix[(int)(position - prefix.Length - count)];
    }
}
