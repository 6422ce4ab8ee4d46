using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Quantities;
using ConsistencyCheck.Reporting;
using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>
/// <c>recognize</c>: reads JSON lines <c>{"text", "referenceDate"?}</c> on standard input and writes one line
/// <c>{"entities": [...]}</c> per input line, in order, showing exactly what the recognizers read, each count with
/// its counted noun as its unit (<see cref="CountedNounReader"/>: only sentences holding a count are read). A line that is
/// not such an object yields <c>{"entities": [], "error": "…"}</c> naming the line and the reason. A line is bounded
/// by <see cref="MaxLineChars"/>: a longer one is skipped without being held (only the limit is ever buffered), answered
/// with an error line naming it, and the next line is read as usual.
/// </summary>
internal static class RecognizeCommand
{
    /// <summary>
    /// The longest line read, in characters: <see cref="IngestOptions.DefaultMaxDocumentBytes"/> (16 MiB), the limit on
    /// one document elsewhere. Memory stays bounded by it whatever the input (a line of endless zeros included).
    /// </summary>
    internal const int MaxLineChars = (int)IngestOptions.DefaultMaxDocumentBytes;

    public static Command Create(CliStreams streams)
    {
        var command = new Command("recognize", "Read {\"text\", \"referenceDate\"?} JSON lines on standard input; print the entities found in each.");
        command.SetAction((_, cancellationToken) => RunAsync(streams, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliStreams streams, CancellationToken cancellationToken)
    {
        var pipeline = PipelineFactory.Create();
        var counted = new CountedNounReader();
        var number = 0;
        var lines = new BoundedLineReader(streams.Input, MaxLineChars);
        while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } read)
        {
            number++;
            if (read.Line is not { } line)
            {
                var tooLong = string.Create(CultureInfo.InvariantCulture,
                    $"line {number}: longer than the limit of {MaxLineChars:N0} characters (IngestOptions.MaxDocumentBytes); not read.");
                await streams.Output.WriteLineAsync($"{{\"entities\":[],\"error\":{JsonSerializer.Serialize(tooLong, CliJsonContext.Default.String)}}}").ConfigureAwait(false);
                continue;
            }

            if (TryRead(line, out var text, out var reference, out var problem))
            {
                var mentions = counted.Attach(text, pipeline.Recognize(text, new RecognitionContext(reference) { CancellationToken = cancellationToken }));
                await MentionJsonWriter.WriteLineAsync(mentions, streams.Output, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var message = JsonSerializer.Serialize($"line {number.ToString(CultureInfo.InvariantCulture)}: {problem}", CliJsonContext.Default.String);
                await streams.Output.WriteLineAsync($"{{\"entities\":[],\"error\":{message}}}").ConfigureAwait(false);
            }
        }

        await streams.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private static bool TryRead(string line, out string text, out DateOnly? reference, out string problem)
    {
        text = string.Empty;
        reference = null;
        problem = string.Empty;
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object ||
                !json.RootElement.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                problem = "expected an object with a string \"text\".";
                return false;
            }

            text = textElement.GetString()!;
            if (json.RootElement.TryGetProperty("referenceDate", out var dateElement) && dateElement.ValueKind == JsonValueKind.String)
            {
                var value = dateElement.GetString()!;
                if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
                {
                    reference = DateOnly.FromDateTime(moment.Date);
                }
                else
                {
                    problem = $"\"referenceDate\" '{value}' is not an ISO date.";
                    return false;
                }
            }

            return true;
        }
        catch (JsonException exception)
        {
            problem = "not valid JSON: " + exception.Message;
            return false;
        }
    }

    /// <summary>A line read by <see cref="BoundedLineReader"/>: its text, or null when it was longer than the limit.</summary>
    private sealed record BoundedLine(string? Line);

    /// <summary>
    /// Reads lines (ended by LF, CRLF or the end of input) of at most a given number of characters. A longer line is
    /// read to its end and dropped as it goes, so no more than the limit is ever held.
    /// </summary>
    private sealed class BoundedLineReader(TextReader reader, int limit)
    {
        private readonly char[] _buffer = new char[64 * 1024];
        private int _position;
        private int _length;

        /// <summary>The next line, or null at the end of input.</summary>
        public async Task<BoundedLine?> ReadLineAsync(CancellationToken cancellationToken)
        {
            var line = new StringBuilder();
            var tooLong = false;
            var any = false;
            while (true)
            {
                if (_position == _length)
                {
                    _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                    _position = 0;
                    if (_length == 0)
                    {
                        return any ? End(line, tooLong) : null;
                    }
                }

                any = true;
                var span = _buffer.AsSpan(_position, _length - _position);
                var newline = span.IndexOf('\n');
                var part = newline < 0 ? span : span[..newline];
                tooLong |= line.Length + part.Length > limit + 1;
                if (!tooLong)
                {
                    line.Append(part);
                }
                else
                {
                    // Over the limit: let the text go, keep only the knowledge that the line was too long.
                    line.Clear();
                }

                _position += part.Length;
                if (newline >= 0)
                {
                    _position++;
                    return End(line, tooLong);
                }
            }
        }

        private BoundedLine End(StringBuilder line, bool tooLong)
        {
            if (line.Length > 0 && line[^1] == '\r')
            {
                line.Length--;
            }

            return tooLong || line.Length > limit ? new BoundedLine(null) : new BoundedLine(line.ToString());
        }
    }
}
