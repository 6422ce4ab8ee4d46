using System.Diagnostics;
using System.Text;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Tests.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>
/// Every input comes out the other end: checked, or listed with a diagnostic naming it. Nothing throws on content,
/// nothing hangs, nothing disappears.
/// </summary>
public class EveryInputIsListedTests
{
    private string _root = null!;

    private static IEnumerable<BadInput> Catalog() => BadInputCatalog.All;

    [SetUp]
    public void CreateFolder()
    {
        _root = Path.Combine(Path.GetTempPath(), "cc-robust-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void DeleteFolder()
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories))
        {
            if (!OperatingSystem.IsWindows() && File.Exists(path))
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        Directory.Delete(_root, recursive: true);
    }

    [TestCaseSource(nameof(Catalog))]
    public async Task Each_bad_input_is_listed_with_its_diagnostic_and_checking_it_never_throws(BadInput input)
    {
        var path = Path.Combine(_root, input.Name);
        await File.WriteAllBytesAsync(path, input.Bytes);

        var document = (await new DocumentLoader().LoadAsync([path]).ToListAsync()).Should().ContainSingle().Subject;

        document.IsUnreadable.Should().Be(!input.Readable, string.Join(" | ", document.Diagnostics));
        document.Diagnostics.Where(d => !d.Message.StartsWith(path, StringComparison.Ordinal)).Should().BeEmpty("every message names the file first");
        if (input.Severity is not { } severity)
        {
            document.Diagnostics.Should().BeEmpty();
        }
        else
        {
            document.Diagnostics.Max(d => d.Severity).Should().Be(severity, string.Join(" | ", document.Diagnostics));
            document.Diagnostics.Should().Contain(d => d.Severity == severity && d.Message.Contains(input.Message!, StringComparison.Ordinal));
        }

        Robust.Violation(document.Text, Robust.Pipeline.Recognize(document.Text, Robust.Context)).Should().BeNull();
        var assertions = Robust.Pipeline.Extract(document);
        if (document.IsUnreadable)
        {
            assertions.Should().BeEmpty();
        }
    }

    [Test]
    public async Task No_break_thin_and_narrow_spaces_inside_figures_are_read()
    {
        var mentions = Robust.Pipeline.Recognize(await ReadCatalogText("spaces.txt"), Robust.Context).OfType<Quantity>();

        mentions.Select(m => m.Stated).Should().Contain([55_000m, 3_400m, 1_200m]);
    }

    [Test]
    public async Task Unicode_minus_reads_as_a_negative_figure_and_dashes_as_ranges()
    {
        var mentions = Robust.Pipeline.Recognize(await ReadCatalogText("minus-and-dashes.txt"), Robust.Context).OfType<Quantity>().ToList();

        mentions.Should().Contain(m => m.Stated == -5m);
        mentions.Should().Contain(m => m.Interval.Low == 20m && m.Interval.High == 30m);
    }

    [Test]
    public async Task Non_Latin_digits_are_not_misread_as_figures()
    {
        var mentions = Robust.Pipeline.Recognize(await ReadCatalogText("non-latin-digits.txt"), Robust.Context).OfType<Quantity>();

        mentions.Select(m => m.Stated).Should().NotContain([55m, 12m]);
    }

    [Test]
    public async Task UTF16_text_decodes_to_the_same_text_as_UTF8()
    {
        (await ReadCatalogText("utf16le.txt")).Should().StartWith("Flooding forces thousands from homes\n\nPolice said nearly 55,000");
    }

    [Test]
    public async Task A_JSONL_file_with_every_kind_of_bad_line_names_each_line_and_checks_every_good_line()
    {
        string[] lines =
        [
            """{"id":"good-1","text":"Police said nearly 55,000 residents were evacuated on Tuesday."}""",
            """{"id":"broken","text":"Police said""",
            """{"id":"no-text","title":"Flood"}""",
            """{"id":"good-1","text":"Of the 2,300 homes flooded, 800 were in the old town."}""",
            """{"id":"wrong-type","text":42}""",
            """{"id":"wrong-title","title":["a"],"text":"The council said 3,400 people remain in shelters."}""",
            """["not","an","object"]""",
            """{"text":"No id here, but 41 doctors signed."}""",
            "",
            """{"id":"null-text","text":null}""",
            "{\"id\":\"binary\",\"text\":\"\u0001\u0002\u0003\u0004\u0005\"}",
            """{"id":"good-2","text":"Police said 41 doctors signed the letter on Wednesday."}""",
        ];
        var path = Path.Combine(_root, "feed.jsonl");
        await File.WriteAllTextAsync(path, string.Join("\n", lines) + "\n");

        var documents = await new DocumentLoader().LoadAsync([path]).ToListAsync();

        var bad = documents.Where(d => d.IsUnreadable).ToDictionary(d => d.Diagnostics.Single(x => x.Severity == DiagnosticSeverity.Error).Message);
        bad.Keys.Should().BeEquivalentTo(
        [
            $"{path}: line 2 is not valid JSON",
            $"{path}: line 3 has no \"text\"; not read.",
            $"{path}: line 5 has a \"text\" that is a JSON number, not a string; not read.",
            $"{path}: line 7 is a JSON array, not an object; not read.",
            $"{path}: line 8 has no usable \"id\" (a non-empty string); not read.",
            $"{path}: line 10 has no \"text\"; not read.",
            $"{path}: line 11",
        ], options => options.Using<string>(c => c.Subject.Should().StartWith(c.Expectation)).WhenTypeIs<string>());
        documents.Where(d => !d.IsUnreadable).Select(d => d.Id.Value).Should().Equal("good-1", "good-1#2", "wrong-title", "good-2");
        documents.Single(d => d.Id.Value == "good-1#2").Diagnostics.Single().Message.Should().Contain("line 4 repeats the id 'good-1'");
        documents.Single(d => d.Id.Value == "wrong-title").Diagnostics.Single().Message.Should().Contain("line 6 has a \"title\" that is a JSON array");

        var report = await Robust.Pipeline.CheckAsync(documents);
        report.Documents.Should().HaveCount(documents.Count);
        report.Assertions.Select(a => a.DocumentId.Value).Distinct().Should().BeEquivalentTo("good-1", "good-1#2", "wrong-title", "good-2");
    }

    [Test]
    public async Task A_file_without_read_permission_is_listed_with_an_error_or_read_when_running_as_root()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix permissions only.");
            return;
        }

        var path = Path.Combine(_root, "locked.txt");
        await File.WriteAllTextAsync(path, "Flood\n\nNearly 41 doctors signed the letter.\n");
        File.SetUnixFileMode(path, UnixFileMode.None);
        var canStillRead = CanRead(path);

        var document = (await new DocumentLoader().LoadAsync([_root]).ToListAsync()).Should().ContainSingle().Subject;

        if (canStillRead)
        {
            // Root (as in CI containers) reads through permissions: the file is simply read.
            document.IsUnreadable.Should().BeFalse();
            document.Text.Should().Contain("41 doctors");
        }
        else
        {
            document.IsUnreadable.Should().BeTrue();
            document.Diagnostics.Single().Message.Should().StartWith(path + ": could not be opened");
        }
    }

    [Test]
    public async Task A_named_pipe_is_listed_as_unreadable_instead_of_blocking_the_run()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Named pipes in the file system are a Unix thing.");
        }

        var pipe = Path.Combine(_root, "pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync();
        }

        await File.WriteAllTextAsync(Path.Combine(_root, "story.txt"), "Flood\n\nNearly 41 doctors signed.\n");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var load = new DocumentLoader().LoadAsync([_root, pipe], timeout.Token).ToListAsync();
        (await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(20)))).Should().BeSameAs(load, "opening a pipe must not block");

        var documents = await load;
        documents.Select(d => (d.Id.Value, d.IsUnreadable)).Should().Equal(("pipe.txt", true), ("story.txt", false), ("pipe.txt#2", true));
        documents[0].Diagnostics.Single().Message.Should().StartWith(pipe + ": empty file (0 bytes; a pipe");
    }

    [Test]
    public async Task A_folder_named_like_a_file_is_walked_as_a_folder()
    {
        var folder = Path.Combine(_root, "story.txt");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "inner.md"), "# Flood\n\nNearly 41 doctors signed.\n");

        var documents = await new DocumentLoader().LoadAsync([_root, folder]).ToListAsync();

        documents.Select(d => d.Id.Value).Should().Equal("story.txt/inner.md", "inner.md");
        documents.Should().OnlyContain(d => !d.IsUnreadable);
    }

    [Test]
    public async Task A_missing_path_is_listed_and_nothing_else_is_skipped()
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "a.txt"), "Flood\n\nNearly 41 doctors signed.\n");
        var missing = Path.Combine(_root, "no-such-folder");

        var documents = await new DocumentLoader().LoadAsync([_root, missing, Path.Combine(_root, "a.txt")]).ToListAsync();

        documents.Select(d => (d.Id.Value, d.IsUnreadable)).Should().Equal(("a.txt", false), (missing.Replace('\\', '/'), true), ("a.txt#2", false));
        documents.Select(d => d.IsMissingPath).Should().Equal(false, true, false);
        documents[1].Diagnostics.Single().Message.Should().Be($"{missing}: no such file or folder.");
    }

    [Test]
    public async Task Three_thousand_files_in_a_folder_are_all_listed_in_order()
    {
        const int count = 3_000;
        for (var i = 0; i < count; i++)
        {
            // Mostly without figures: thousands of documents disagreeing about one figure is a different test (comparison).
            var body = i % 100 == 0 ? $"Police said {i / 100} homes were flooded." : "The council met on Tuesday to discuss the flood.";
            await File.WriteAllTextAsync(Path.Combine(_root, $"story-{i:D4}.txt"), $"Flood update {i}\n\n{body}\n");
        }

        var started = Stopwatch.StartNew();
        var report = await Robust.Pipeline.CheckAsync(new DocumentLoader().LoadAsync([_root]));

        report.Documents.Select(d => d.Id.Value).Should().Equal(Enumerable.Range(0, count).Select(i => $"story-{i:D4}.txt"));
        // Stories are found automatically: each one-line file is too short to be grouped and says so; nothing else.
        report.Documents.Where(d => d.Diagnostics.Any(x => !x.Message.Contains("too little to tell what it reports", StringComparison.Ordinal))).Should().BeEmpty();
        report.Assertions.Should().NotBeEmpty();
        TestContext.Out.WriteLine($"{count} files loaded and checked in {started.ElapsedMilliseconds} ms");
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private async Task<string> ReadCatalogText(string name)
    {
        var input = BadInputCatalog.All.Single(i => i.Name == name);
        var path = Path.Combine(_root, name);
        await File.WriteAllBytesAsync(path, input.Bytes);
        return (await new DocumentLoader().LoadAsync([path]).ToListAsync()).Single().Text;
    }
}
