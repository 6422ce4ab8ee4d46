using System.Text;
using System.Text.Json;
using ConsistencyCheck.Cli;
using ConsistencyCheck.Cli.Reporting;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;
using ConsistencyCheck.Tests.Cli;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>
/// Issue 12, point 13: a missing path is an error, not a document. It still shows up in every report (as an input
/// error), but is neither listed among the documents nor counted as one, in the library, in every report format,
/// through <c>extract</c> and <c>compare</c>, and in the real command-line process.
/// </summary>
public class MissingPathTests
{
    private const string Article = "Flood hits Mellbrook\n\nPolice said 41 senior doctors signed the letter on Tuesday.\n";

    private string _root = null!;
    private string _article = null!;
    private string _missing = null!;

    [SetUp]
    public async Task CreateFolder()
    {
        _root = Path.Combine(Path.GetTempPath(), "cc-missing-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
        _article = Path.Combine(_root, "a.txt");
        _missing = Path.Combine(_root, "missing.txt");
        await File.WriteAllTextAsync(_article, Article);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    private string Message => $"{_missing}: no such file or folder.";

    private async Task<ConsistencyReport> CheckAsync() =>
        await Robust.Pipeline.CheckAsync(new DocumentLoader().LoadAsync([_missing, _article]));

    private static async Task<(int Exit, string Output, string Error)> Run(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApplication.RunAsync(args, input, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Test]
    public async Task The_loader_marks_a_missing_path_and_an_empty_path_as_not_documents()
    {
        var loaded = await new DocumentLoader().LoadAsync([_missing, string.Empty, _article]).ToListAsync();

        loaded.Select(d => d.IsMissingPath).Should().Equal(true, true, false);
        loaded[0].Source.Should().Be(_missing);
        loaded[0].Diagnostics.Should().Equal(Diagnostic.Error(Message));
    }

    [Test]
    public async Task Check_lists_one_document_and_one_input_error()
    {
        var report = await CheckAsync();

        report.Documents.Select(d => d.Source).Should().Equal(_article);
        report.InputErrors.Should().Equal(new InputError(_missing, Message));
        report.Assertions.Should().NotBeEmpty("the real file is still checked");
        JsonLinesReportWriter.Summarize(report).Should().BeEquivalentTo(new { Documents = 1L, UnreadableDocuments = 0L, InputErrors = 1L });
    }

    [Test]
    public async Task The_json_report_has_input_errors_after_the_other_properties_and_no_missing_document()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.ToUtf8Bytes(await CheckAsync()));

        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("schemaVersion", "documents", "assertions", "clusters", "findings", "stories", "inputErrors");
        json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("source").GetString()).Should().Equal(_article);
        var error = json.RootElement.GetProperty("inputErrors").EnumerateArray().Should().ContainSingle().Subject;
        error.GetProperty("path").GetString().Should().Be(_missing);
        error.GetProperty("message").GetString().Should().Be(Message);
    }

    [Test]
    public async Task A_report_without_input_errors_has_no_input_errors_property()
    {
        var report = await Robust.Pipeline.CheckAsync(new DocumentLoader().LoadAsync([_article]));

        var json = Encoding.UTF8.GetString(JsonReportWriter.ToUtf8Bytes(report));
        json.Should().NotContain("inputErrors", "runs without a missing path keep their bytes");
    }

    [Test]
    public async Task The_jsonl_report_has_an_input_error_line_before_the_summary_which_does_not_count_it_as_a_document()
    {
        using var stream = new MemoryStream();
        await new JsonLinesReportWriter().WriteAsync(await CheckAsync(), stream);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Should().NotContain(l => l.StartsWith("{\"document\":", StringComparison.Ordinal));
        lines[^2].Should().Be($"{{\"inputError\":{{\"path\":{JsonSerializer.Serialize(_missing)},\"message\":{JsonSerializer.Serialize(Message)}}}}}");
        using var summary = JsonDocument.Parse(lines[^1]);
        var counts = summary.RootElement.GetProperty("summary");
        counts.GetProperty("documents").GetInt64().Should().Be(1);
        counts.GetProperty("unreadableDocuments").GetInt64().Should().Be(0);
        counts.GetProperty("inputErrors").GetInt64().Should().Be(1);
    }

    [Test]
    public async Task The_markdown_report_shows_the_input_error_and_counts_one_document()
    {
        using var writer = new StringWriter();
        await new MarkdownReportWriter().WriteAsync(await CheckAsync(), writer);
        var markdown = writer.ToString();

        markdown.Should().Contain("1 document ·").And.Contain("Input errors: 1 (not documents; see below).");
        markdown.Should().Contain("## Input errors (1)").And.Contain("## Documents (1)");
        markdown.Should().Contain("- **error**: " + MarkdownText.Escape(Message));
    }

    [Test]
    public async Task The_html_report_shows_the_input_error_and_counts_one_document()
    {
        using var writer = new StringWriter();
        await new HtmlReportWriter().WriteAsync(await CheckAsync(), writer);
        var html = writer.ToString();

        html.Should().Contain("<li><span class=\"count\">1</span>document</li>");
        html.Should().Contain("<li class=\"input-error\"><span class=\"count\">1</span>input error</li>");
        html.Should().Contain("<section id=\"input-errors\">").And.Contain("missing.txt: no such file or folder.");
        html[html.IndexOf("<section id=\"documents\">", StringComparison.Ordinal)..].Should().NotContain("missing.txt");
    }

    [Test]
    public async Task The_console_report_shows_the_input_error_apart_from_the_documents()
    {
        using var writer = new StringWriter();
        await new ConsoleReportWriter().WriteAsync(await CheckAsync(), writer);
        var text = writer.ToString();

        text.Should().Contain("1 document, ").And.Contain("Input errors: 1 ", "the summary line (wrapped at 120 columns) counts it apart");
        text.Should().Contain("Input errors (not documents; nothing was read from them):\n  error   " + Message);
    }

    [Test]
    public async Task Extract_then_compare_gives_the_report_check_gives_in_every_machine_readable_format()
    {
        var extracted = await Run(string.Empty, "extract", _missing, _article);
        extracted.Exit.Should().Be(2);
        extracted.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Should().ContainSingle(l => l.Contains("\"missingPath\":true", StringComparison.Ordinal));

        foreach (var format in new[] { "json", "jsonl", "markdown" })
        {
            var check = await Run(string.Empty, "check", _missing, _article, "--format", format);
            var compare = await Run(extracted.Output, "compare", "-", "--format", format);

            check.Exit.Should().Be(2);
            compare.Output.Should().Be(check.Output, format);
            compare.Output.Should().Contain("missing.txt: no such file or folder.", format);
        }
    }

    [Test]
    public async Task Compare_keeps_a_missing_path_apart_from_a_document_with_the_same_id()
    {
        var folder = Path.Combine(_root, "folder");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "missing.txt"), Article);
        var lines = await Run(string.Empty, "extract", _missing, folder);

        // Read twice: a repeated input error line is kept once, as a repeated document is.
        var compare = await Run(lines.Output + lines.Output, "compare", "-", "--format", "json");

        using var json = JsonDocument.Parse(compare.Output);
        json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Should().Equal("missing.txt");
        json.RootElement.GetProperty("inputErrors").GetArrayLength().Should().Be(1);
    }

    [Test]
    public async Task The_real_process_reports_the_missing_path_as_an_input_error_and_exits_2()
    {
        var result = await CliProcess.RunAsync(["check", _root, _missing, "--format", "json", "--stats"]);

        result.Exit.Should().Be(2, result.ToString());
        result.Error.Should().Contain($"error: path '{_missing}' does not exist.");
        result.Error.Should().Contain("stats: documents 1 (0 unreadable), input errors 1");
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("source").GetString()).Should().Equal(_article);
        json.RootElement.GetProperty("inputErrors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).Should().Equal(_missing);
    }

    [Test]
    public async Task The_real_process_streams_the_input_error_line_and_a_summary_that_does_not_count_it()
    {
        var result = await CliProcess.RunAsync(["check", _article, _missing, "--format", "jsonl"]);

        result.Exit.Should().Be(2, result.ToString());
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[^2].Should().StartWith("{\"inputError\":{\"path\":");
        lines[^1].Should().Contain("\"documents\":1,\"unreadableDocuments\":0,").And.EndWith(",\"inputErrors\":1}}");
    }
}
