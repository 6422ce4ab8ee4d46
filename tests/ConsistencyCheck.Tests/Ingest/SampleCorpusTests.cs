using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Ingest;

public class SampleCorpusTests
{
    private static List<Document> _documents = null!;

    [OneTimeSetUp]
    public async Task Load_samples()
    {
        _documents = await new DocumentLoader().LoadAsync([TestPaths.Samples]).ToListAsync();
    }

    private static Document Get(string id) => _documents.Single(d => d.Id.Value == id);

    [Test]
    public void Reads_the_six_documents_and_skips_nothing_else_silently()
    {
        _documents.Where(d => d.Diagnostics.IsEmpty).Select(d => d.Id.Value).Should().BeEquivalentTo(
            "courier.txt", "valleypost.txt", "ledger.md", "herald.html", "kw-20240314-mellbrook", "kw-20240321-mellbrook");
        _documents.Should().OnlyContain(d => !d.IsUnreadable);
        _documents.Should().OnlyContain(d => d.Collection == Document.DefaultCollection);
    }

    [Test]
    public void The_expectations_file_is_listed_but_not_read()
    {
        // EXPECTED.md is the folder's documentation: listed, with an Info diagnostic, and no text.
        var expected = Get("EXPECTED.md");
        expected.Text.Should().BeEmpty();
        expected.IsUnreadable.Should().BeFalse();
        expected.Diagnostics.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Info);
        expected.Diagnostics[0].Message.Should().Contain("skipped");
    }

    [Test]
    public void Documents_come_in_ordinal_order_of_relative_path_then_line()
    {
        _documents.Select(d => d.Id.Value).Should().Equal(
            "EXPECTED.md", "courier.txt", "herald.html", "ledger.md", "valleypost.txt", "kw-20240314-mellbrook", "kw-20240321-mellbrook");
    }

    [TestCase("courier.txt", "Mellbrook doctors warn hospital was \"hours from disaster\" as river floods town", "The Mellbrook Courier", "2024-03-14T09:30:00+00:00")]
    [TestCase("valleypost.txt", "41 senior doctors sign letter warning Mellbrook General is unsafe in floods", "Ansel Valley Post", "2024-03-14T11:05:00+00:00")]
    [TestCase("ledger.md", "Mellbrook floods: doctors say hospital was left exposed", "The Tarrowmere Ledger", "2024-03-14T00:00:00+00:00")]
    [TestCase("herald.html", "Mellbrook flood: hospital patients moved as River Ansel bursts its banks", "Pellingford Herald", "2024-03-14T08:00:00+00:00")]
    [TestCase("kw-20240314-mellbrook", "Mellbrook hospital sends nurses to flood shelters", "Kestrel Wire", "2024-03-14T00:00:00+00:00")]
    [TestCase("kw-20240321-mellbrook", "Mellbrook flood letter: 212 senior doctors have now signed", "Kestrel Wire", "2024-03-21T00:00:00+00:00")]
    public void Reads_title_publisher_and_date(string id, string title, string publisher, string published)
    {
        var metadata = Get(id).Metadata;
        metadata.Title.Should().Be(title);
        metadata.Publisher.Should().Be(publisher);
        metadata.Published.Should().Be(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public void Reads_urls_from_front_matter_meta_tags_and_JSON()
    {
        Get("ledger.md").Metadata.Url.Should().Be("https://www.tarrowmereledger.example/news/2024/03/14/mellbrook-floods-doctors-letter");
        Get("herald.html").Metadata.Url.Should().Be("https://www.pellingfordherald.example/news/mellbrook-flood-hospital-patients-moved");
        Get("kw-20240321-mellbrook").Metadata.Url.Should().Be("https://kestrelwire.example/stories/20240321-mellbrook-letter");
    }

    [TestCase("Home | News | Mellbrook Floods")]
    [TestCase("BREAKING: Markets fall 3% on rate fears")]
    [TestCase("12 killed in bus crash in Ostwick Pass")]
    [TestCase("By Hanna Lisk, Health Correspondent")]
    [TestCase("Ansel Valley Post | 14 March 2024, 11:05")]
    [TestCase("Most read")]
    [TestCase("1. Two killed in crash on Ostwick bypass")]
    [TestCase("2. 130 jobs at risk as Pellingford mill closes")]
    [TestCase("5. Ten of the best riverside walks in the Ansel Valley")]
    public void Valley_post_furniture_is_marked(string fragment) => Get("valleypost.txt").IsMarked(fragment).Should().BeTrue();

    [TestCase("41 senior doctors sign letter warning Mellbrook General is unsafe in floods")]
    [TestCase("The letter was signed by 41 senior doctors")]
    [TestCase("A trust spokesperson said the generators")]
    [TestCase("Buses on Route 9, which serves the hospital, are running on a diversion.")]
    [TestCase("Dr Imogen Farrant, who coordinated the letter")]
    public void Valley_post_article_is_not_marked(string fragment) => Get("valleypost.txt").TouchesBoilerplate(fragment).Should().BeFalse();

    [Test]
    public void Boilerplate_offsets_are_true_offsets_into_the_file()
    {
        var document = Get("valleypost.txt");
        document.Text.Should().Be(File.ReadAllText(Path.Combine(TestPaths.Samples, "valleypost.txt")));
        document.Boilerplate.Should().BeInAscendingOrder(s => s.Start);
        document.Boilerplate.Zip(document.Boilerplate.Skip(1)).Should().OnlyContain(p => p.First.End < p.Second.Start);
    }

    [Test]
    public void Courier_byline_and_dateline_are_marked_but_not_its_story()
    {
        var courier = Get("courier.txt");
        courier.IsMarked("14 March 2024 09:30").Should().BeTrue();
        courier.IsMarked("By Martha Quayle, The Mellbrook Courier").Should().BeTrue();
        courier.TouchesBoilerplate("Mellbrook doctors warn hospital").Should().BeFalse();
        courier.TouchesBoilerplate("Forty-one senior doctors signed the letter").Should().BeFalse();
        courier.TouchesBoilerplate("The Courier will publish updates throughout the day.").Should().BeFalse();
    }

    [Test]
    public void Ledger_front_matter_and_byline_are_marked_and_its_body_is_not()
    {
        var ledger = Get("ledger.md");
        ledger.IsMarked("published: 2024-03-14").Should().BeTrue();
        ledger.IsMarked("*By Callum Dray*").Should().BeTrue();
        ledger.TouchesBoilerplate("The letter, signed by 130 senior doctors").Should().BeFalse();
        ledger.TouchesBoilerplate("## What happens next").Should().BeFalse();
    }

    [Test]
    public void Herald_text_is_the_article_without_page_furniture()
    {
        var text = Get("herald.html").Text;
        text.Should().StartWith("Mellbrook flood: hospital patients moved as River Ansel bursts its banks\n\nFloodwater forced");
        text.Should().Contain("130 patients were moved from Mellbrook General");
        text.Should().Contain("The flooding killed two people");
        text.Should().Contain("about 2,300 homes were flooded");
        text.Should().Contain("beside Ward 12 until further notice");
        foreach (var furniture in new[] { "212 new homes", "14 injured", "3,400 away tickets", "Related stories", "©", "Pellingford Herald Ltd", "01632", "Newsdesk", "What's On", "Home" })
        {
            text.Should().NotContain(furniture);
        }
    }

    [Test]
    public void Herald_paragraphs_are_separated_by_blank_lines()
    {
        Get("herald.html").Text.Split("\n\n").Should().HaveCount(7);
    }

    [Test]
    public void Wire_text_is_not_marked()
    {
        Get("kw-20240314-mellbrook").Boilerplate.Should().BeEmpty();
        Get("kw-20240321-mellbrook").Boilerplate.Should().BeEmpty();
        Get("kw-20240321-mellbrook").Source.Should().EndWith("wire.jsonl:2");
    }
}
