using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Ingest;

/// <summary>Documents that are not English are listed as not checked (text kept, an error says why); English ones, even a lone headline, are read.</summary>
public class LanguageCheckTests
{
    private static readonly Dictionary<string, string> Foreign = new()
    {
        ["French"] = "Inondations : 55 000 habitants évacués dans la vallée de l'Ansel. Selon la préfecture, les pluies " +
            "ont atteint 212 millimètres en deux jours et le niveau de la rivière est monté de 3,4 mètres. Les secours " +
            "sont intervenus dans plus de 40 communes, et le gouvernement a débloqué une aide de 12 millions d'euros pour les sinistrés.",
        ["German"] = "Hochwasser: 55.000 Einwohner im Ansel-Tal evakuiert. Nach Angaben der Behörden fielen in zwei Tagen " +
            "212 Millimeter Regen, und der Pegel des Flusses ist um 3,4 Meter gestiegen. Die Rettungskräfte waren in mehr " +
            "als 40 Gemeinden im Einsatz, und die Regierung hat eine Hilfe von 12 Millionen Euro für die Betroffenen bereitgestellt.",
        ["Spanish"] = "Inundaciones: 55.000 vecinos evacuados en el valle del Ansel. Según las autoridades, las lluvias " +
            "alcanzaron 212 milímetros en dos días y el nivel del río subió 3,4 metros. Los equipos de rescate trabajaron " +
            "en más de 40 municipios, y el gobierno aprobó una ayuda de 12 millones de euros para los afectados.",
        ["Russian"] = "Наводнение: 55 000 жителей эвакуированы из долины Ансел. По данным властей, за два дня выпало " +
            "212 миллиметров осадков, а уровень реки поднялся на 3,4 метра. Спасатели работали более чем в 40 населённых пунктах.",
        ["Arabic"] = "فيضانات: إجلاء 55 ألف ساكن من وادي أنسل. وقالت السلطات إن الأمطار بلغت 212 ملم خلال يومين وإن منسوب النهر ارتفع 3.4 متر. " +
            "وعملت فرق الإنقاذ في أكثر من 40 بلدة.",
        ["Chinese"] = "洪水：安塞尔河谷55000名居民被疏散。据当局称，两天内降雨量达到212毫米，河流水位上涨3.4米。救援人员在40多个社区开展工作，政府拨款1200万欧元。",
    };

    private static IEnumerable<TestCaseData> ForeignCases() =>
        Foreign.Select(pair => new TestCaseData(pair.Key, pair.Value).SetName($"{{m}}({pair.Key})"));

    private static Document ReadText(string text, IngestOptions? options = null) =>
        new TextDocumentReader(options).Read(new DocumentId("doc.txt"), "doc.txt", text);

    [TestCaseSource(nameof(ForeignCases))]
    public void A_foreign_article_is_listed_as_not_checked_with_its_text_kept(string language, string text)
    {
        var document = ReadText(text);

        document.IsUnreadable.Should().BeTrue($"a {language} article is not checked");
        document.Text.Should().Be(text, "the text and its offsets are kept");
        var error = document.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Error).Subject;
        error.Message.Should().StartWith("doc.txt: not checked: the text does not look like English (");
    }

    [TestCase("French", "French")]
    [TestCase("German", "German")]
    [TestCase("Spanish", "Spanish")]
    [TestCase("Russian", "Cyrillic")]
    [TestCase("Arabic", "Arabic")]
    [TestCase("Chinese", "Han")]
    public void The_reason_names_the_language_or_script(string language, string named)
    {
        var document = ReadText(Foreign[language]);

        document.Diagnostics.Single(d => d.Severity == DiagnosticSeverity.Error).Message.Should().Contain(named);
    }

    [TestCase("Flooding forces 55,000 from homes in Ansel Valley")]
    [TestCase("Storm kills 12")]
    [TestCase("Le Pen wins 41% in French run-off")]
    [TestCase("De La Rue profits fall 30%")]
    [TestCase("Inflation 3.4%")]
    [TestCase("Nearly 55,000 residents were evacuated on Tuesday.")]
    [TestCase("Café owners say sales are up 20% this year")]
    public void A_short_English_text_stays_English(string text)
    {
        var document = ReadText(text);

        document.IsUnreadable.Should().BeFalse();
        document.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void An_English_article_quoting_another_language_stays_English()
    {
        const string text = "Protesters in Paris chanted \"nous sommes tous des citoyens\" as about 12,000 people marched " +
            "through the city centre on Saturday, according to the police, while organisers said the figure was closer to 40,000. " +
            "The march, which was the largest since the spring, ended without incident.";

        ReadText(text).IsUnreadable.Should().BeFalse();
    }

    [Test]
    public void An_English_article_with_a_name_in_another_script_stays_English()
    {
        const string text = "The minister, Mohammed bin Salman (محمد بن سلمان), said the fund had grown by 12% to $700 billion in the year to March, " +
            "and that it would invest a further $40 billion in domestic projects over the next two years.";

        ReadText(text).IsUnreadable.Should().BeFalse();
    }

    [Test]
    public void A_long_text_with_almost_no_English_function_words_is_not_English()
    {
        // Polish is on no list: the share rule catches it.
        var text = string.Join(' ', Enumerable.Repeat("Powódź zmusiła mieszkańców doliny do ewakuacji, władze podały liczby poszkodowanych.", 8));

        var document = ReadText(text);

        document.IsUnreadable.Should().BeTrue();
        document.Diagnostics.Single().Message.Should().Contain("common English words");
    }

    [Test]
    public void Foreign_boilerplate_does_not_make_an_English_article_foreign()
    {
        const string text = "Accueil | Actualités | Sport | Météo | Culture\n\nFlooding forces 55,000 from homes\n\n" +
            "Nearly 55,000 residents were evacuated on Tuesday after the river rose by 3.4 metres.";

        ReadText(text).IsUnreadable.Should().BeFalse();
    }

    [Test]
    public void The_check_can_be_turned_off()
    {
        ReadText(Foreign["French"], new IngestOptions { SkipNonEnglish = false }).IsUnreadable.Should().BeFalse();
    }

    [Test]
    public async Task Every_format_applies_the_check()
    {
        var french = Foreign["French"];
        var html = $"<html><head><title>Inondations</title></head><body><article><p>{french}</p></article></body></html>";
        var jsonl = "{\"id\":\"fr\",\"text\":\"" + french.Replace("'", "\\u0027", StringComparison.Ordinal) + "\"}\n{\"id\":\"en\",\"text\":\"Nearly 55,000 residents were evacuated.\"}\n";

        (await IngestTestHelpers.ReadAsync(new MarkdownDocumentReader(), "# Inondations\n\n" + french)).Single().IsUnreadable.Should().BeTrue();
        (await IngestTestHelpers.ReadAsync(new HtmlDocumentReader(), html)).Single().IsUnreadable.Should().BeTrue();
        var lines = await IngestTestHelpers.ReadAsync(new JsonLinesDocumentReader(), jsonl, "feed.jsonl");
        lines.Select(d => (d.Id.Value, d.IsUnreadable)).Should().Equal(("fr", true), ("en", false));
        lines[0].Diagnostics.Single().Message.Should().StartWith("feed.jsonl:1: not checked");
    }

    [Test]
    public async Task A_foreign_document_yields_no_assertions_but_is_listed_in_the_report()
    {
        var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();
        var document = ReadText(Foreign["French"]);

        pipeline.Extract(document).Should().BeEmpty();
        var report = await pipeline.CheckAsync([document]);
        report.Documents.Should().ContainSingle().Which.Diagnostics.Should().Contain(d => d.Severity == DiagnosticSeverity.Error);
    }

    [Test]
    public async Task The_samples_are_all_English()
    {
        var documents = await new DocumentLoader().LoadAsync([TestPaths.Samples]).ToListAsync();

        documents.SelectMany(d => d.Diagnostics).Should().NotContain(d => d.Message.Contains("not checked", StringComparison.Ordinal));
    }
}
