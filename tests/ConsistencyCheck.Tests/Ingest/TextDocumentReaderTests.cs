using System.Globalization;
using System.Text;
using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Ingest;

public class TextDocumentReaderTests
{
    private readonly TextDocumentReader _reader = new();

    private Document Read(string text) => _reader.Read(new DocumentId("a.txt"), "a.txt", text);

    [TestCase("Flood hits town\n\nTwo people died.", "Flood hits town")]
    [TestCase("Two people died in the flood.\nMore later.", null)]
    [TestCase("Home | News | Sport\nBREAKING: Storm\n\nFlood hits town\n\nBody.", "Flood hits town")]
    [TestCase("Is the flood wall enough?\n\nBody.", "Is the flood wall enough?")]
    [TestCase("\n\n   \nFlood hits town\nBody.", "Flood hits town")]
    [TestCase("---\ntitle: From front matter\n---\nFlood hits town\n", "From front matter")]
    [TestCase("12345\nBody.", null)]
    public void Reads_the_headline(string text, string? title) => Read(text).Metadata.Title.Should().Be(title);

    [TestCase("Headline\n14 Feb 2024 21:15\n\nBody.", "2024-02-14T21:15:00+00:00", null)]
    [TestCase("Headline\nAnsel Valley Post | 14 March 2024, 11:05\n\nBody.", "2024-03-14T11:05:00+00:00", "Ansel Valley Post")]
    [TestCase("Headline\nBy Martha Quayle, The Mellbrook Courier\nPublished: 2024-03-14\n", "2024-03-14T00:00:00+00:00", "The Mellbrook Courier")]
    [TestCase("Headline\nBy Hanna Lisk, Health Correspondent\n\nBody.", null, null)]
    [TestCase("Headline\n\nThe flood on 12 March 2024 was the worst.", null, null)]
    [TestCase("---\npublished: 2024-03-20\npublisher: Front Matter Times\n---\nHeadline\n14 March 2024 09:30\n", "2024-03-20T00:00:00+00:00", "Front Matter Times")]
    public void Reads_the_dateline_and_outlet(string text, string? published, string? publisher)
    {
        var metadata = Read(text).Metadata;
        metadata.Published.Should().Be(published is null ? null : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture));
        metadata.Publisher.Should().Be(publisher);
    }

    [Test]
    public void Keeps_the_text_exactly_and_marks_front_matter()
    {
        const string text = "---\ntitle: T\n---\nHeadline\u00A0here\r\nBody with no\u2011break.\n";
        var document = Read(text);
        document.Text.Should().Be(text);
        document.Boilerplate.Should().HaveCount(1);
        document.Boilerplate[0].ToString(text).Should().Be("---\ntitle: T\n---\n");
    }

    [Test]
    public void Unclosed_front_matter_is_read_as_text_with_a_warning()
    {
        var document = Read("---\ntitle: Never closed\nBody text follows.\n");
        document.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("never closes"));
        document.Metadata.Title.Should().BeNull();
        document.Boilerplate.Should().BeEmpty();
        document.IsUnreadable.Should().BeFalse();
    }

    [Test]
    public void Invalid_front_matter_is_a_warning()
    {
        var document = Read("---\ntitle: [unclosed\n---\nHeadline\n");
        document.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("a.txt"));
        document.Metadata.Title.Should().Be("Headline");
    }

    [Test]
    public void Front_matter_the_YAML_scanner_rejects_without_a_YAML_error_is_a_warning()
    {
        // Found by the fuzz test: YamlDotNet throws InvalidOperationException on this unclosed flow mapping.
        var document = Read("---\ntitle: {Mellbrook floods: doctors say hospital was left exposed\"\npublisher: The Ledger\n---\nHeadline\n");
        document.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("a.txt") && d.Message.Contains("not valid YAML"));
        document.Metadata.Title.Should().Be("Headline");
    }

    [Test]
    public void A_YAML_alias_bomb_is_not_expanded()
    {
        var yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 0; i < 9; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"{(char)('b' + i)}: &{(char)('b' + i)} [*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)}]\n");
        }

        yaml.Append("title: *a\npublisher: Safe Outlet\n---\nBody.\n");
        var document = Read(yaml.ToString());
        document.Metadata.Publisher.Should().Be("Safe Outlet");
        document.Metadata.Title.Should().BeNull();
    }

    [Test]
    public void A_bad_front_matter_date_is_a_warning()
    {
        var document = Read("---\ndate: someday\n---\nHeadline\n");
        document.Metadata.Published.Should().BeNull();
        document.Diagnostics.Should().ContainSingle(d => d.Message.Contains("someday"));
    }

    [Test]
    public async Task Reads_from_a_stream()
    {
        var documents = await IngestTestHelpers.ReadAsync(_reader, "Flood hits town\n\nBody.", "x.txt");
        documents.Should().ContainSingle().Which.Metadata.Title.Should().Be("Flood hits town");
        documents[0].Source.Should().Be("x.txt");
        documents[0].Collection.Should().Be(Document.DefaultCollection);
    }
}
