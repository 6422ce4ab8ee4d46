using System.Text;
using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Ingest;

public class DocumentLoaderTests
{
    private string _root = null!;

    [SetUp]
    public void CreateFolder()
    {
        _root = Path.Combine(Path.GetTempPath(), "cc-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    private static Task<List<Document>> Load(params string[] paths) => Load(new DocumentLoader(), paths);

    private static Task<List<Document>> Load(DocumentLoader loader, params string[] paths) => loader.LoadAsync(paths).ToListAsync();

    [Test]
    public async Task Walks_folders_recursively_in_ordinal_order_with_relative_ids()
    {
        Write("b.txt", "B headline\n\nBody.");
        Write("a/z.md", "# Z\n\nBody.");
        Write("a/B.htm", "<p>Body.</p>");
        Write("A.jsonl", "{\"id\":\"line-id\",\"text\":\"Body.\"}");
        Write(".git/config", "hidden");
        Write("a/.hidden.txt", "hidden");
        var documents = await Load(_root);
        documents.Select(d => d.Id.Value).Should().Equal("line-id", "a/B.htm", "a/z.md", "b.txt");
        documents[1].Source.Should().Be(Path.Combine(_root, "a/B.htm"));
        documents.Should().OnlyContain(d => !d.IsUnreadable);
    }

    [Test]
    public async Task Symbolic_links_to_files_are_read_and_links_to_folders_are_not_followed()
    {
        var target = Write("sub/a.txt", "Body.");
        File.CreateSymbolicLink(Path.Combine(_root, "link.txt"), target);
        Directory.CreateSymbolicLink(Path.Combine(_root, "sub", "loop"), _root);
        var documents = await Load(_root);
        documents.Select(d => d.Id.Value).Should().Equal("link.txt", "sub/a.txt");
    }

    [Test]
    public async Task A_file_named_directly_is_identified_by_its_file_name()
    {
        var path = Write("deep/folder/story.txt", "Headline\n\nBody.");
        var document = (await Load(path)).Single();
        document.Id.Value.Should().Be("story.txt");
        document.Source.Should().Be(path);
    }

    [Test]
    public async Task Ids_repeated_across_the_run_are_renamed_with_a_warning()
    {
        var first = Write("one/story.txt", "Body one.");
        var second = Write("two/story.txt", "Body two.");
        var documents = await Load(first, second);
        documents.Select(d => d.Id.Value).Should().Equal("story.txt", "story.txt#2");
        documents[1].Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Warning);
    }

    [Test]
    public async Task A_missing_path_is_an_unreadable_document_not_an_exception()
    {
        var missing = Path.Combine(_root, "nope.txt");
        var document = (await Load(missing)).Single();
        document.IsUnreadable.Should().BeTrue();
        document.Diagnostics.Single().Message.Should().Contain(missing).And.Contain("no such file");
        document.IsMissingPath.Should().BeTrue("it is an input error, not a document");
    }

    [Test]
    public async Task An_unsupported_file_is_listed_as_skipped_with_a_warning()
    {
        Write("report.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46 });
        Write("notes", "no extension");
        var documents = await Load(_root);
        documents.Select(d => d.Id.Value).Should().Equal("notes", "report.pdf");
        documents.Should().OnlyContain(d => !d.IsUnreadable && d.Text.Length == 0);
        documents[1].Diagnostics.Single().Should().Be(Diagnostic.Warning($"{Path.Combine(_root, "report.pdf")}: skipped: unsupported file type '.pdf'."));
        documents[0].Diagnostics.Single().Message.Should().Contain("no file extension");
    }

    [Test]
    public async Task Documentation_files_are_listed_but_not_read_unless_asked()
    {
        Write("README.md", "# Read me\n\n41 of these.");
        Write("story.md", "# Story\n\nBody.");
        (await Load(_root)).Single(d => d.Id.Value == "README.md").Text.Should().BeEmpty();
        var all = await Load(new DocumentLoader(new IngestOptions { SkipDocumentationFiles = false }), _root);
        all.Single(d => d.Id.Value == "README.md").Metadata.Title.Should().Be("Read me");
    }

    [Test]
    public async Task Every_document_of_a_file_run_gets_the_configured_collection()
    {
        Write("a.txt", "Body.");
        Write("w.jsonl", "{\"id\":\"x\",\"text\":\"Body.\"}\n{\"id\":\"y\",\"text\":\"Body.\",\"collection\":\"other\"}");
        var documents = await Load(new DocumentLoader(new IngestOptions { Collection = "run" }), _root);
        documents.Select(d => d.Collection).Should().Equal("run", "run", "other");
    }

    [Test]
    public void Invalid_options_throw_naming_the_option()
    {
        var act = () => new DocumentLoader(new IngestOptions { MaxDocumentBytes = 0 });
        act.Should().Throw<ArgumentException>().WithParameterName("MaxDocumentBytes");
    }

    [TestCase("{\"id\":\"a\",\"text\":\"Body.\"}", "a", "")]
    [TestCase("  <html><body><p>Body.</p></body></html>", "-", "Body.")]
    [TestCase("---\ntitle: T\n---\nBody.", "-", "---\ntitle: T\n---\nBody.")]
    [TestCase("Plain body.", "-", "Plain body.")]
    public async Task Sniffs_the_format_of_standard_input(string input, string id, string text)
    {
        var documents = await new DocumentLoader().ReadStreamAsync(new MemoryStream(Encoding.UTF8.GetBytes(input)), null, new DocumentId("-"), "-").ToListAsync();
        var document = documents.Single();
        document.Id.Value.Should().Be(id);
        if (text.Length > 0)
        {
            document.Text.Should().Be(text);
        }
    }
}
