using System.Globalization;
using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Ingest;

public class MarkdownDocumentReaderTests
{
    private readonly MarkdownDocumentReader _reader = new();

    private Document Read(string text) => _reader.Read(new DocumentId("a.md"), "a.md", text);

    [TestCase("# Flood *hits* town\n\nBody.", "Flood hits town")]
    [TestCase("Flood hits town\n===\n\nBody.", "Flood hits town")]
    [TestCase("Intro paragraph.\n\n# Later heading\n", "Later heading")]
    [TestCase("## Only a subheading\n\nBody.", null)]
    [TestCase("---\ntitle: \"Quoted: title\"\n---\n# Heading\n", "Quoted: title")]
    [TestCase("```\n# not a heading\n```\n", null)]
    public void Reads_the_title(string text, string? title) => Read(text).Metadata.Title.Should().Be(title);

    [TestCase("---\npublished: 2024-03-14\n---\n", "2024-03-14T00:00:00+00:00")]
    [TestCase("---\ndate: 2024-03-14T10:30:00+01:00\n---\n", "2024-03-14T10:30:00+01:00")]
    [TestCase("---\npublished: 2024-03-14\ndate: 2020-01-01\n---\n", "2024-03-14T00:00:00+00:00")]
    [TestCase("# Title\n\n*By Callum Dray* | 14 March 2024\n", "2024-03-14T00:00:00+00:00")]
    [TestCase("# Title\n\nNo date here.\n", null)]
    public void Reads_the_publication_date(string text, string? published) =>
        Read(text + "\nBody.\n").Metadata.Published.Should().Be(published is null ? null : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture));

    [Test]
    public void Reads_front_matter_fields_and_keeps_the_file_as_text()
    {
        const string text = "---\ntitle: T\nurl: https://x.example/a\npublisher: The Ledger\nauthor: [a, b]\nextra: {x: 1}\n---\n\n# T\n\nBody 41.\n";
        var document = Read(text);
        document.Text.Should().Be(text);
        document.Metadata.Should().BeEquivalentTo(new DocumentMetadata { Title = "T", Url = "https://x.example/a", Publisher = "The Ledger" });
        document.Boilerplate[0].Start.Should().Be(0);
        document.TouchesBoilerplate("Body 41.").Should().BeFalse();
        document.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Deeply_nested_markup_does_not_crash()
    {
        var text = "# Title\n\n" + new string('>', 10_000) + " quote\n\n" + string.Concat(Enumerable.Repeat("[", 10_000)) + "\n";
        var document = Read(text);
        document.Metadata.Title.Should().Be("Title");
        document.Text.Should().Be(text);
    }
}
