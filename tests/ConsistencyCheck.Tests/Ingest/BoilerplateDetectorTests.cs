using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Ingest;

public class BoilerplateDetectorTests
{
    private const string Story = "Police said 55,000 residents were evacuated from the town on Tuesday.";

    [TestCase("Home | News | Politics | Business | Sport | Weather")]
    [TestCase("Home • World • Business • Climate")]
    [TestCase("[Home](/) | [News](/news) | [Sport](/sport)")]
    [TestCase("BREAKING: Markets fall 3% on rate fears")]
    [TestCase("Breaking news - 12 killed in bus crash")]
    [TestCase("LIVE: Flood warnings across the valley")]
    [TestCase("Markets fall 3% on rate fears | 12 killed in bus crash | Crowd of 55,000 sees Rovers clinch cup")]
    [TestCase("By Hanna Lisk")]
    [TestCase("By Hanna Lisk, Health Correspondent")]
    [TestCase("By Martha Quayle and Tom Reyes, The Mellbrook Courier")]
    [TestCase("*By Callum Dray*")]
    [TestCase("By Priya Holm · 14 March 2024")]
    [TestCase("14 March 2024 09:30")]
    [TestCase("Thursday 14 March 2024, 11:05 GMT")]
    [TestCase("Ansel Valley Post | 14 March 2024, 11:05")]
    [TestCase("Published: 2024-03-14")]
    [TestCase("Updated 15 March 2024 at 10:00")]
    [TestCase("© 2024 Pellingford Herald Ltd. All rights reserved.")]
    [TestCase("Copyright 2024 Kestrel Wire")]
    [TestCase("(c) 2024 Kestrel Wire")]
    [TestCase("Advertisement")]
    [TestCase("Share this article")]
    [TestCase("Sign up to our morning newsletter")]
    [TestCase("Follow us on social media")]
    [TestCase("Read more: Council approves 212 new homes on Ferry Lane")]
    [TestCase("## Related stories")]
    public void Marks_a_furniture_line(string line)
    {
        var text = $"{Story}\n\n{line}\n\n{Story}\n";
        var document = new Document(new DocumentId("t"), text) { Boilerplate = BoilerplateDetector.Detect(text) };
        document.BoilerplateTexts().Should().Equal(line);
    }

    [TestCase(Story)]
    [TestCase("By Wednesday, 212 senior doctors had signed the letter, said its organiser.")]
    [TestCase("By the end of May, the review will report.")]
    [TestCase("By Tuesday night 300 homes had been evacuated")]
    [TestCase("Latest figures show 3,400 residents remain in shelters.")]
    [TestCase("Live music returned to the square on Saturday, with 2,000 people attending.")]
    [TestCase("Share prices fell 3% on Tuesday.")]
    [TestCase("Sign up rates for the scheme rose 40% in March.")]
    [TestCase("Popular opinion has turned against the plan, a poll of 1,000 voters found.")]
    [TestCase("Advertisement revenue fell 12% last year.")]
    [TestCase("| Town | Homes flooded | Deaths |")]
    [TestCase("| Mellbrook | 2,300 | 2 |")]
    [TestCase("Mellbrook General Hospital said 130 patients were moved.")]
    [TestCase("\"We raised exactly this risk in 2019,\" said Dr Imogen Farrant.")]
    [TestCase("MELLBROOK, 14 March (Kestrel Wire) - Thousands of people spent another night in shelters.")]
    [TestCase("Of the 2,300 homes flooded, 800 were in the old town.")]
    [TestCase("41 senior doctors sign letter warning Mellbrook General is unsafe in floods")]
    [TestCase("## What happens next")]
    [TestCase("Copyright lawyers say the claim is weak.")]
    [TestCase("(c) the fee rises to 40% from April")]
    public void Leaves_an_article_line_alone(string line)
    {
        var text = $"{Story}\n\n{line}\n\n{Story}\n";
        BoilerplateDetector.Detect(text).Should().BeEmpty();
    }

    [Test]
    public void Marks_the_list_under_a_most_read_heading_up_to_the_blank_line()
    {
        const string text = "Story line one.\n\nMost read\n1. Two killed in crash on Ostwick bypass\n2. 130 jobs at risk as mill closes\n\nThe story goes on with 14 injured.\n";
        var marked = new Document(new DocumentId("t"), text) { Boilerplate = BoilerplateDetector.Detect(text) }.BoilerplateTexts();
        marked.Should().Equal("Most read\n1. Two killed in crash on Ostwick bypass\n2. 130 jobs at risk as mill closes");
    }

    [Test]
    public void Marks_an_unnumbered_headline_list_and_a_loose_Markdown_list()
    {
        const string text = "Story.\n\n## Related stories\n\n- [Council approves 212 new homes](/a)\n\n- [14 injured as roof collapses](/b)\n\nRovers fans snap up 3,400 tickets\n";
        var marked = new Document(new DocumentId("t"), text) { Boilerplate = BoilerplateDetector.Detect(text) }.BoilerplateTexts().ToList();
        marked.Should().ContainSingle().Which.Should().Be("## Related stories\n\n- [Council approves 212 new homes](/a)\n\n- [14 injured as roof collapses](/b)");
    }

    [Test]
    public void A_list_stops_at_a_line_that_ends_like_a_sentence()
    {
        const string text = "Trending\nFlood wall gives way\nThe council said 3,400 residents remain in shelters.\n";
        var marked = new Document(new DocumentId("t"), text) { Boilerplate = BoilerplateDetector.Detect(text) }.BoilerplateTexts();
        marked.Should().Equal("Trending\nFlood wall gives way");
    }

    [Test]
    public void Adjacent_furniture_lines_form_one_region_and_CRLF_is_kept_outside()
    {
        const string text = "Home | News | Sport\r\nBREAKING: Flood warning\r\n\r\nStory.\r\n";
        var regions = BoilerplateDetector.Detect(text);
        regions.Should().ContainSingle();
        regions[0].ToString(text).Should().Be("Home | News | Sport\r\nBREAKING: Flood warning");
    }

    [Test]
    public void Very_long_lines_are_never_marked()
    {
        var text = "Home | News | " + new string('x', 5000);
        BoilerplateDetector.Detect(text).Should().BeEmpty();
    }
}
