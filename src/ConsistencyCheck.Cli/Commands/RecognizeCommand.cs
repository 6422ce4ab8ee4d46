using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>
/// <c>recognize</c>: reads JSON lines <c>{"text", "referenceDate"?}</c> on standard input and writes one line
/// <c>{"entities": [...]}</c> per input line, in order, showing exactly what the recognizers read. A line that is
/// not such an object yields <c>{"entities": [], "error": "…"}</c> naming the line and the reason.
/// </summary>
internal static class RecognizeCommand
{
    public static Command Create(CliStreams streams)
    {
        var command = new Command("recognize", "Read {\"text\", \"referenceDate\"?} JSON lines on standard input; print the entities found in each.");
        command.SetAction((_, cancellationToken) => RunAsync(streams, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliStreams streams, CancellationToken cancellationToken)
    {
        var pipeline = PipelineFactory.Create();
        var number = 0;
        while (await streams.Input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (TryRead(line, out var text, out var reference, out var problem))
            {
                var mentions = pipeline.Recognize(text, new RecognitionContext(reference) { CancellationToken = cancellationToken });
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
}
