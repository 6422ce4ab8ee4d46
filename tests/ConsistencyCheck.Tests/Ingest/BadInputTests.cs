using System.Text;
using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Ingest;

/// <summary>Bad input never crashes a run and never disappears: each case is one listed document with a diagnostic naming the file.</summary>
public class BadInputTests
{
    private string _root = null!;

    [SetUp]
    public void CreateFolder()
    {
        _root = Path.Combine(Path.GetTempPath(), "cc-bad-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    private async Task<Document> LoadOne(string name, byte[] bytes, IngestOptions? options = null)
    {
        var path = Path.Combine(_root, name);
        await File.WriteAllBytesAsync(path, bytes);
        var documents = await new DocumentLoader(options).LoadAsync([path]).ToListAsync();
        var document = documents.Should().ContainSingle().Subject;
        document.Diagnostics.All(d => d.Message.Contains(name, StringComparison.Ordinal)).Should().BeTrue("every diagnostic names the file");
        return document;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [TestCase("empty.txt")]
    [TestCase("empty.md")]
    [TestCase("empty.html")]
    public async Task An_empty_file_is_unreadable(string name)
    {
        var document = await LoadOne(name, []);
        document.IsUnreadable.Should().BeTrue();
        document.Diagnostics.Single().Message.Should().Contain("empty");
    }

    [Test]
    public async Task A_binary_file_is_unreadable()
    {
        var bytes = Concat([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], Enumerable.Range(0, 2000).Select(i => (byte)(i % 256)).ToArray());
        var document = await LoadOne("picture.txt", bytes);
        document.IsUnreadable.Should().BeTrue();
        document.Text.Should().BeEmpty();
        document.Diagnostics.Single().Message.Should().Contain("binary file");
    }

    [Test]
    public async Task Invalid_UTF8_in_the_middle_is_read_with_a_warning()
    {
        var document = await LoadOne("mixed.txt", Concat(Utf8("Headline\n\nThe caf"), [0xE9, 0x20, 0x96, 0x20], Utf8("41 doctors signed.\n")));
        document.IsUnreadable.Should().BeFalse();
        document.Text.Should().Be("Headline\n\nThe café – 41 doctors signed.\n");
        document.Diagnostics.Single().Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Test]
    public async Task Windows_1252_punctuation_is_read()
    {
        var document = await LoadOne("old.txt", [0x93, (byte)'H', (byte)'i', 0x94, (byte)' ', 0x85]);
        document.Text.Should().Be("“Hi” …");
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task UTF16_with_a_byte_order_mark_is_read(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var document = await LoadOne("u16.md", Concat(encoding.GetPreamble(), encoding.GetBytes("# Flood – 41 doctors\n\nBody.")));
        document.Metadata.Title.Should().Be("Flood – 41 doctors");
        document.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public async Task A_UTF8_byte_order_mark_is_not_part_of_the_text()
    {
        var document = await LoadOne("bom.txt", Concat([0xEF, 0xBB, 0xBF], Utf8("Headline\n")));
        document.Text.Should().Be("Headline\n");
    }

    [Test]
    public async Task A_stray_NUL_is_replaced_one_for_one_with_a_warning()
    {
        var text = "Headline\n\n" + new string('x', 200) + "\0 and more text.";
        var document = await LoadOne("nul.txt", Utf8(text));
        document.Text.Should().Be(text.Replace('\0', '\uFFFD'));
        document.Diagnostics.Single().Message.Should().Contain("NUL");
    }

    [Test]
    public async Task A_file_over_the_size_limit_is_listed_as_unreadable()
    {
        var document = await LoadOne("huge.txt", new byte[5000], new IngestOptions { MaxDocumentBytes = 1000 });
        document.IsUnreadable.Should().BeTrue();
        document.Diagnostics.Single().Message.Should().Contain("5000 bytes").And.Contain("MaxDocumentBytes");
    }

    [Test]
    public async Task A_broken_JSONL_line_names_its_line_and_the_good_lines_are_read()
    {
        var path = Path.Combine(_root, "w.jsonl");
        await File.WriteAllTextAsync(path, "{\"id\":\"a\",\"text\":\"One.\"}\n{broken\n{\"id\":\"a\",\"text\":\"Three.\"}\n");
        var documents = await new DocumentLoader().LoadAsync([path]).ToListAsync();
        documents.Select(d => d.Id.Value).Should().Equal("a", "w.jsonl:2", "a#2");
        documents[1].Diagnostics.Single().Message.Should().Contain("w.jsonl").And.Contain("line 2");
        documents[2].Diagnostics.Single().Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Test]
    public async Task Unclosed_front_matter_is_text_with_a_warning()
    {
        var document = await LoadOne("open.md", Utf8("---\ntitle: x\n\n# Heading\n\nBody."));
        document.IsUnreadable.Should().BeFalse();
        document.Metadata.Title.Should().Be("Heading");
        document.Diagnostics.Single().Message.Should().Contain("never closes");
    }

    [Test]
    public async Task Deeply_nested_HTML_is_read()
    {
        var html = string.Concat(Enumerable.Repeat("<span><div>", 10_000)) + "Text at the bottom.";
        var document = await LoadOne("deep.html", Utf8(html));
        document.Text.Should().Contain("Text at the bottom.");
    }
}
