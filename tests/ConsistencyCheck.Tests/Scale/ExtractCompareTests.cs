using System.Text;
using System.Text.Json;
using ConsistencyCheck.Cli;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;
using FluentAssertions;
using NUnit.Framework;
using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Tests.Scale;

/// <summary>The two halves of the pipeline, run apart through assertion lines, give the same report as one check.</summary>
public class ExtractCompareTests
{
    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        using var stdin = new StringReader(string.Empty);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApplication.RunAsync(args, stdin, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs check, and extract then compare, over <paramref name="paths"/>; returns both JSON reports.</summary>
    public static async Task<(string Check, string Compare)> CheckAndExtractCompare(string folder, params string[] paths)
    {
        var assertions = Path.Combine(folder, "assertions.jsonl");
        var (checkExit, check, _) = await Run(["check", .. paths, "--format", "json"]);
        var (extractExit, _, _) = await Run(["extract", .. paths, "--out", assertions]);
        var (compareExit, compare, _) = await Run("compare", assertions, "--format", "json");
        checkExit.Should().Be(0);
        extractExit.Should().Be(0);
        compareExit.Should().Be(0);
        return (check, compare);
    }

    [Test]
    public async Task Extract_then_compare_gives_the_same_report_as_check_on_the_samples()
    {
        var folder = Directory.CreateTempSubdirectory("cc-extract-").FullName;
        try
        {
            var (check, compare) = await CheckAndExtractCompare(folder, TestPaths.Samples);
            compare.Should().Be(check);
            check.Should().Contain("\"contradiction\"");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Extract_to_standard_output_writes_a_document_line_per_document_and_partitioned_assertions()
    {
        var (exit, output, _) = await Run("extract", TestPaths.Samples);
        exit.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Count(l => l.StartsWith("{\"document\":", StringComparison.Ordinal)).Should().Be(7);
        var partitions = lines.Where(l => l.StartsWith("{\"partition\":", StringComparison.Ordinal))
            .Select(l => { using var json = JsonDocument.Parse(l); return json.RootElement.GetProperty("partition").GetString(); })
            .ToList();
        partitions.Should().NotBeEmpty().And.Contain("default|signed|doctor|count|");
    }

    [Test]
    public async Task Compare_reads_files_split_by_partition_in_any_order()
    {
        var folder = Directory.CreateTempSubdirectory("cc-split-").FullName;
        try
        {
            var (_, output, _) = await Run("extract", TestPaths.Samples);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

            // As a cluster engine would: document lines to one file, assertion lines shuffled by partition into others.
            await File.WriteAllLinesAsync(Path.Combine(folder, "documents.jsonl"), lines.Where(l => l.StartsWith("{\"document\":", StringComparison.Ordinal)).Reverse());
            foreach (var group in lines.Where(l => !l.StartsWith("{\"document\":", StringComparison.Ordinal)).GroupBy(l => (uint)StringComparer.Ordinal.GetHashCode(l[..l.IndexOf(",\"assertion\"", StringComparison.Ordinal)]) % 3))
            {
                await File.WriteAllLinesAsync(Path.Combine(folder, $"part-{group.Key}.jsonl"), group.Reverse());
            }

            var (_, check, _) = await Run("check", TestPaths.Samples, "--format", "json");
            var (exit, compare, _) = await Run("compare", folder, "--format", "json");
            exit.Should().Be(0);
            compare.Should().Be(check);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_line_that_is_not_an_assertion_line_names_its_source_and_number()
    {
        var act = () => AssertionLinesReader.ParseLine("{\"other\":1}"u8, 7, "shard.jsonl");
        act.Should().Throw<InvalidDataException>().WithMessage("shard.jsonl: line 7 *");
    }

    [Test]
    public async Task An_unreadable_document_travels_with_its_diagnostic()
    {
        var document = FailedDocument.Error(new DocumentId("broken.txt"), "in/broken.txt", "default", "in/broken.txt: binary file; not read.");
        var bytes = AssertionLinesWriter.ToUtf8Lines(new ExtractedDocument(DocumentSummary.From(document), []));
        var lines = new List<AssertionLine>();
        await foreach (var line in AssertionLinesReader.ReadAsync(new MemoryStream(bytes), "x"))
        {
            lines.Add(line);
        }

        lines.Should().ContainSingle().Which.Should().BeOfType<DocumentLine>()
            .Which.Document.Should().Be(DocumentSummary.From(document));
        Encoding.UTF8.GetString(bytes).Should().EndWith("}}\n");
    }
}
