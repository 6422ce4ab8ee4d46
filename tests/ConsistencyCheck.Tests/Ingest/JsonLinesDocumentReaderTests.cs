using System.Globalization;
using System.Text;
using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Ingest;

public class JsonLinesDocumentReaderTests
{
    private readonly JsonLinesDocumentReader _reader = new();

    private Task<List<Document>> Read(string text) => IngestTestHelpers.ReadAsync(_reader, text, "w.jsonl");

    [Test]
    public async Task Reads_every_field()
    {
        var documents = await Read("""{"id":"a","text":"Body 41.","title":"T","publisher":"P","url":"https://x.example/a","published":"2024-03-14T08:00:00Z","collection":"c1"}""");
        var document = documents.Should().ContainSingle().Subject;
        document.Id.Value.Should().Be("a");
        document.Text.Should().Be("Body 41.");
        document.Source.Should().Be("w.jsonl:1");
        document.Collection.Should().Be("c1");
        document.Metadata.Should().BeEquivalentTo(new DocumentMetadata
        {
            Title = "T", Publisher = "P", Url = "https://x.example/a",
            Published = new DateTimeOffset(2024, 3, 14, 8, 0, 0, TimeSpan.Zero),
        });
        document.Diagnostics.Should().BeEmpty();
    }

    [TestCase("{\"id\":\"a\",\"text\":\"x\"", "w.jsonl:2", "line 2 is not valid JSON")]
    [TestCase("[1,2]", "w.jsonl:2", "line 2 is a JSON array, not an object")]
    [TestCase("{\"id\":\"b\"}", "b", "line 2 has no \"text\"")]
    [TestCase("{\"id\":\"b\",\"text\":42}", "b", "line 2 has a \"text\" that is a JSON number")]
    [TestCase("{\"id\":\"b\",\"text\":\"  \"}", "b", "line 2 has an empty \"text\"")]
    [TestCase("{\"text\":\"Body.\"}", "w.jsonl:2", "line 2 has no usable \"id\"")]
    [TestCase("{\"id\":[1],\"text\":\"Body.\"}", "w.jsonl:2", "line 2 has no usable \"id\"")]
    public async Task A_bad_line_is_an_error_naming_file_and_line_and_the_other_lines_are_read(string badLine, string id, string message)
    {
        var documents = await Read($"{{\"id\":\"first\",\"text\":\"One.\"}}\n{badLine}\n{{\"id\":\"third\",\"text\":\"Three.\"}}\n");
        documents.Select(d => d.Id.Value).Should().Equal("first", id, "third");
        var bad = documents[1];
        bad.IsUnreadable.Should().BeTrue();
        bad.Text.Should().BeEmpty();
        bad.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("w.jsonl: ").And.Contain(message);
        documents[0].IsUnreadable.Should().BeFalse();
        documents[2].IsUnreadable.Should().BeFalse();
    }

    [TestCase("{\"id\":\"a\",\"text\":\"x\",\"title\":5}", "\"title\" that is a JSON number")]
    [TestCase("{\"id\":\"a\",\"text\":\"x\",\"published\":\"soon\"}", "'soon' that is not a date")]
    [TestCase("{\"id\":\"a\",\"text\":\"x\",\"published\":20240314}", "\"published\" that is a JSON number")]
    [TestCase("{\"id\":7,\"text\":\"x\"}", "numeric \"id\"")]
    public async Task A_wrong_optional_field_is_a_warning(string line, string message)
    {
        var document = (await Read(line)).Should().ContainSingle().Subject;
        document.IsUnreadable.Should().BeFalse();
        document.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Warning).Which.Message.Should().Contain(message).And.Contain("line 1");
    }

    // Lines the byte-level reader leaves to the general one (JsonLineFields.TryReadPlain) read exactly as before.
    [TestCase("{\"id\":\"a\",\"text\":\"First.\",\"text\":\"Last.\"}", "a", "Last.")]
    [TestCase("{\"id\":\"a\",\"te\\u0078t\":\"Escaped name.\"}", "a", "Escaped name.")]
    [TestCase("{\"id\":\"a\\u00e9\",\"text\":\"Tab\\there.\",\"extra\":{\"text\":\"nested\"}}", "a\u00e9", "Tab\there.")]
    [TestCase("{\"id\":12.50,\"text\":\"Numeric id.\"}", "12.50", "Numeric id.")]
    public async Task Repeated_and_escaped_fields_read_as_in_the_general_reader(string line, string id, string text)
    {
        var document = (await Read(line)).Should().ContainSingle().Subject;
        document.Id.Value.Should().Be(id);
        document.Text.Should().Be(text);
    }

    [Test]
    public async Task Content_after_the_object_makes_the_line_invalid()
    {
        var document = (await Read("{\"id\":\"a\",\"text\":\"x\"} {}")).Should().ContainSingle().Subject;
        document.IsUnreadable.Should().BeTrue();
        document.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("line 1 is not valid JSON");
    }

    [Test]
    public async Task Duplicate_ids_are_renamed_with_a_warning()
    {
        var documents = await Read("{\"id\":\"a\",\"text\":\"1\"}\n{\"id\":\"a\",\"text\":\"2\"}\n{\"id\":\"a\",\"text\":\"3\"}\n");
        documents.Select(d => d.Id.Value).Should().Equal("a", "a#2", "a#3");
        documents[1].Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("line 2").And.Contain("'a'");
    }

    [Test]
    public async Task Blank_lines_CRLF_and_a_BOM_are_handled()
    {
        var documents = await IngestTestHelpers.ReadAsync(_reader, Encoding.UTF8.GetBytes("\uFEFF{\"id\":\"a\",\"text\":\"1\"}\r\n\r\n   \n{\"id\":\"b\",\"text\":\"2\"}"), "w.jsonl");
        documents.Select(d => d.Id.Value).Should().Equal("a", "b");
        documents[1].Source.Should().Be("w.jsonl:4");
        documents.Should().OnlyContain(d => d.Diagnostics.IsEmpty);
    }

    [Test]
    public async Task Reads_UTF16_with_a_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"id\":\"a\",\"text\":\"Café “quoted”\"}\n{\"id\":\"b\",\"text\":\"2\"}\n")).ToArray();
        var documents = await IngestTestHelpers.ReadAsync(_reader, bytes, "w.jsonl");
        documents.Select(d => d.Text).Should().Equal("Café “quoted”", "2");
    }

    [Test]
    public async Task Invalid_UTF8_in_a_line_is_read_as_Windows_1252_with_a_warning()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"caf").Concat(new byte[] { 0xE9, 0x20, 0x93, 0x71, 0x94 }).Concat(Encoding.UTF8.GetBytes("\"}\n")).ToArray();
        var document = (await IngestTestHelpers.ReadAsync(_reader, bytes, "w.jsonl")).Single();
        document.Text.Should().Be("café “q”");
        document.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("w.jsonl:1:").And.Contain("Windows-1252");
    }

    [Test]
    public async Task A_line_over_the_size_limit_is_an_error_and_the_next_line_is_read()
    {
        var reader = new JsonLinesDocumentReader(new IngestOptions { MaxDocumentBytes = 100 });
        var text = $"{{\"id\":\"big\",\"text\":\"{new string('x', 500)}\"}}\n{{\"id\":\"small\",\"text\":\"ok\"}}\n";
        var documents = await IngestTestHelpers.ReadAsync(reader, text, "w.jsonl");
        documents.Select(d => d.Id.Value).Should().Equal("w.jsonl:1", "small");
        documents[0].Diagnostics.Single().Message.Should().Contain("line 1").And.Contain("MaxDocumentBytes");
    }

    [Test]
    public async Task An_empty_file_is_one_unreadable_document()
    {
        var documents = await Read("\n\n");
        documents.Should().ContainSingle().Which.IsUnreadable.Should().BeTrue();
    }

    [Test]
    public async Task A_binary_file_is_one_unreadable_document()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 32)).ToArray();
        var documents = await IngestTestHelpers.ReadAsync(_reader, bytes, "w.jsonl");
        documents.Should().ContainSingle().Which.Diagnostics.Single().Message.Should().Contain("binary");
    }

    [Test]
    public async Task Dates_are_read_as_midnight_UTC_when_only_a_date_is_given()
    {
        var document = (await Read("{\"id\":\"a\",\"text\":\"x\",\"published\":\"2024-03-21\"}")).Single();
        document.Metadata.Published.Should().Be(DateTimeOffset.Parse("2024-03-21T00:00:00Z", CultureInfo.InvariantCulture));
        document.Metadata.Published!.Value.Offset.Should().Be(TimeSpan.Zero);
    }
}
