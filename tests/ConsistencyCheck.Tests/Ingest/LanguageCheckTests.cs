using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Ingest;

/// <summary>
/// Documents that are not English are listed as not checked, with an error naming their language (text kept); English
/// ones, even a lone headline, are read. The check and its pre-test are in <see cref="LanguageCheck"/>.
/// </summary>
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
        ["Italian"] = "Alluvione: 55.000 abitanti evacuati nella valle dell'Ansel. Secondo le autorità, le piogge hanno " +
            "raggiunto 212 millimetri in due giorni e il livello del fiume è salito di 3,4 metri. I soccorritori sono " +
            "intervenuti in più di 40 comuni e il governo ha stanziato 12 milioni di euro per le famiglie colpite.",
        ["Portuguese"] = "Cheias: 55 mil moradores retirados do vale do Ansel. Segundo as autoridades, a chuva chegou a 212 " +
            "milímetros em dois dias e o nível do rio subiu 3,4 metros. As equipes de resgate atuaram em mais de 40 " +
            "municípios, e o governo aprovou uma ajuda de 12 milhões de euros para os atingidos.",
        ["Dutch"] = "Overstromingen: 55.000 inwoners geëvacueerd in het Anseldal. Volgens de autoriteiten viel er in twee " +
            "dagen 212 millimeter regen en steeg het water in de rivier met 3,4 meter. Hulpdiensten waren actief in meer " +
            "dan 40 gemeenten, en de regering heeft 12 miljoen euro vrijgemaakt voor de getroffenen.",
        ["Polish"] = "Powódź zmusiła 55 tysięcy mieszkańców doliny Ansel do ewakuacji. Według władz w ciągu dwóch dni " +
            "spadło 212 milimetrów deszczu, a poziom rzeki podniósł się o 3,4 metra. Ratownicy pracowali w ponad 40 " +
            "gminach, a rząd przeznaczył 12 milionów euro na pomoc dla poszkodowanych.",
        ["Swedish"] = "Översvämningar: 55 000 invånare evakuerades från Ansel-dalen. Enligt myndigheterna föll 212 " +
            "millimeter regn på två dagar och vattennivån i floden steg med 3,4 meter. Räddningstjänsten arbetade i fler " +
            "än 40 kommuner, och regeringen har anslagit 12 miljoner euro till de drabbade.",
        ["Turkish"] = "Sel felaketi: Ansel vadisinde 55 bin kişi tahliye edildi. Yetkililere göre iki günde 212 milimetre " +
            "yağış düştü ve nehrin seviyesi 3,4 metre yükseldi. Kurtarma ekipleri 40'tan fazla belediyede çalıştı ve " +
            "hükümet afetzedeler için 12 milyon euro yardım ayırdı.",
        ["Russian"] = "Наводнение: 55 000 жителей эвакуированы из долины Ансел. По данным властей, за два дня выпало " +
            "212 миллиметров осадков, а уровень реки поднялся на 3,4 метра. Спасатели работали более чем в 40 населённых пунктах.",
        ["Ukrainian"] = "Повінь: 55 тисяч мешканців евакуювали з долини Ансел. За даними влади, за два дні випало 212 " +
            "міліметрів опадів, а рівень річки піднявся на 3,4 метра. Рятувальники працювали у понад 40 громадах.",
        ["Greek"] = "Πλημμύρες: 55.000 κάτοικοι απομακρύνθηκαν από την κοιλάδα του Ανσελ. Σύμφωνα με τις αρχές, έπεσαν " +
            "212 χιλιοστά βροχής σε δύο ημέρες και η στάθμη του ποταμού ανέβηκε 3,4 μέτρα.",
        ["Arabic"] = "فيضانات: إجلاء 55 ألف ساكن من وادي أنسل. وقالت السلطات إن الأمطار بلغت 212 ملم خلال يومين وإن منسوب النهر ارتفع 3.4 متر. " +
            "وعملت فرق الإنقاذ في أكثر من 40 بلدة.",
        ["Hindi"] = "बाढ़: अंसेल घाटी से 55,000 निवासियों को निकाला गया। अधिकारियों के अनुसार दो दिनों में 212 मिलीमीटर बारिश हुई " +
            "और नदी का जलस्तर 3.4 मीटर बढ़ गया।",
        ["Chinese"] = "洪水：安塞尔河谷55000名居民被疏散。据当局称，两天内降雨量达到212毫米，河流水位上涨3.4米。救援人员在40多个社区开展工作，政府拨款1200万欧元。",
        ["Japanese"] = "洪水：アンセル渓谷で5万5000人が避難した。当局によると、2日間で212ミリの雨が降り、川の水位は3.4メートル上昇した。救助隊は40以上の自治体で活動した。",
        ["Korean"] = "홍수: 안셀 계곡 주민 5만5천 명이 대피했다. 당국에 따르면 이틀 동안 212밀리미터의 비가 내렸고 강 수위가 3.4미터 상승했다.",
    };

    /// <summary>Short English texts, and headlines long enough for the identifier but with few function words.</summary>
    private static readonly string[] EnglishHeadlines =
    [
        "Flooding forces 55,000 from homes in Ansel Valley",
        "Storm kills 12",
        "Le Pen wins 41% in French run-off",
        "De La Rue profits fall 30%",
        "Inflation 3.4%",
        "Nearly 55,000 residents were evacuated on Tuesday.",
        "Café owners say sales are up 20% this year",
        "Bayern Munich sign Real Madrid striker for €80m",
        "Storm Ciarán: Ansel Valley flooding forces 55,000 from homes, closes 40 schools, cuts power to 12,000 households across region",
        "Live updates: Ukraine war, Gaza ceasefire talks, Tokyo stocks slump, Paris Olympics tickets, Berlin rail strike, Madrid heatwave",
        "GDP 3.4% | CPI 2.1% | Unemployment 4.2% | FTSE 100 7,412 | Dow Jones 38,100 | Nasdaq 15,200 | Brent crude $82 | Gold $2,010",
    ];

    private static IEnumerable<TestCaseData> ForeignCases() =>
        Foreign.Select(pair => new TestCaseData(pair.Key, pair.Value).SetName($"{{m}}({pair.Key})"));

    private static IEnumerable<TestCaseData> HeadlineCases() =>
        from text in EnglishHeadlines
        from preTest in new[] { true, false }
        select new TestCaseData(text, preTest).SetName($"{{m}}({text[..Math.Min(text.Length, 30)]}, preTest {preTest})");

    private static Document ReadText(string text, IngestOptions? options = null) =>
        new TextDocumentReader(options).Read(new DocumentId("doc.txt"), "doc.txt", text);

    [TestCaseSource(nameof(ForeignCases))]
    public void A_foreign_article_is_listed_as_not_checked_naming_its_language(string language, string text)
    {
        var document = ReadText(text);

        document.IsUnreadable.Should().BeTrue($"a {language} article is not checked");
        document.Text.Should().Be(text, "the text and its offsets are kept");
        document.Diagnostics.Should().ContainSingle().Which.Should().Be(Diagnostic.Error(
            $"doc.txt: not checked: the text does not look like English (written in {language}); only English is read (IngestOptions.SkipNonEnglish)."));
    }

    [TestCaseSource(nameof(HeadlineCases))]
    public void A_short_English_text_or_headline_stays_English(string text, bool preTest)
    {
        LanguageCheck.Judge(text, [], preTest).Should().Be(LanguageVerdict.Read);
        if (preTest)
        {
            ReadText(text).Diagnostics.Should().BeEmpty();
        }
    }

    [TestCase("Hochwasser im Ansel-Tal: 55.000 Menschen evakuiert")]
    [TestCase("Inondations : le gouvernement débloque 12 millions d'euros")]
    [TestCase("Наводнение")]
    public void A_short_foreign_text_gives_too_little_evidence_and_is_read(string text)
    {
        LanguageCheck.Judge(text, [], preTest: false).Should().Be(LanguageVerdict.Read);
    }

    [Test]
    public void Ordinary_English_news_passes_the_pre_test()
    {
        const string text = "Nearly 55,000 residents of the Ansel Valley were evacuated on Tuesday after the river rose by 3.4 metres, " +
            "the police said. Of the 3,000 homes affected, about 1,000 were in the old town, and officials said that repairs would cost " +
            "between £12m and £22m, which is roughly a tenth of the council's annual budget.";

        var evidence = LanguageEvidence.Of(LanguageSample.Of(text, []));

        evidence.MostlyNonLatin.Should().BeFalse();
        evidence.EnglishWords.Should().BeGreaterThanOrEqualTo(LanguageCheck.MinEnglishWords);
        (evidence.EnglishWords * LanguageCheck.EnglishShareDivisor).Should().BeGreaterThanOrEqualTo(evidence.Words,
            "at least one word in eight is a common English function word, so the language identifier is not needed");
    }

    [TestCase("French")]
    [TestCase("German")]
    [TestCase("Dutch")]
    public void A_foreign_article_fails_the_pre_test(string language)
    {
        var evidence = LanguageEvidence.Of(LanguageSample.Of(Foreign[language], []));

        (evidence.EnglishWords * LanguageCheck.EnglishShareDivisor).Should().BeLessThan(evidence.Words);
    }

    [Test]
    public void A_huge_foreign_document_is_judged_on_a_bounded_sample()
    {
        var text = string.Concat(Enumerable.Repeat(Foreign["German"] + "\n\n", 20_000));

        var sample = LanguageSample.Of(text, []);

        text.Length.Should().BeGreaterThan(6_000_000);
        sample.Length.Should().Be(LanguageSample.HeadLength + LanguageSample.MiddleLength);
        LanguageCheck.Judge(text, []).Should().BeOfType<LanguageVerdict.NotEnglish>().Which.Language.Should().Be("German");
    }

    [Test]
    public void An_English_article_quoting_another_language_stays_English()
    {
        const string text = "Protesters in Paris chanted \"nous sommes tous des citoyens\" as about 12,000 people marched " +
            "through the city centre on Saturday, according to the police, while organisers said the figure was closer to 40,000. " +
            "The march, which was the largest since the spring, ended without incident.";

        ReadText(text).IsUnreadable.Should().BeFalse();
        LanguageCheck.Judge(text, [], preTest: false).Should().Be(LanguageVerdict.Read);
    }

    [Test]
    public void An_English_article_with_a_name_in_another_script_stays_English()
    {
        const string text = "The minister, Mohammed bin Salman (محمد بن سلمان), said the fund had grown by 12% to $700 billion in the year to March, " +
            "and that it would invest a further $40 billion in domestic projects over the next two years.";

        ReadText(text).IsUnreadable.Should().BeFalse();
        LanguageCheck.Judge(text, [], preTest: false).Should().Be(LanguageVerdict.Read);
    }

    [Test]
    public void Foreign_boilerplate_does_not_make_an_English_article_foreign()
    {
        const string text = "Accueil | Actualités | Sport | Météo | Culture | Économie | International | Société | Politique\n\n" +
            "Flooding forces 55,000 from homes\n\n" +
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
        var german = Foreign["German"];
        var html = $"<html><head><title>Hochwasser</title></head><body><article><p>{german}</p></article></body></html>";
        var jsonl = "{\"id\":\"de\",\"text\":\"" + german + "\"}\n{\"id\":\"en\",\"text\":\"Nearly 55,000 residents were evacuated.\"}\n";

        (await IngestTestHelpers.ReadAsync(new MarkdownDocumentReader(), "# Hochwasser\n\n" + german)).Single().IsUnreadable.Should().BeTrue();
        (await IngestTestHelpers.ReadAsync(new HtmlDocumentReader(), html)).Single().IsUnreadable.Should().BeTrue();
        var lines = await IngestTestHelpers.ReadAsync(new JsonLinesDocumentReader(), jsonl, "feed.jsonl");
        lines.Select(d => (d.Id.Value, d.IsUnreadable)).Should().Equal(("de", true), ("en", false));
        lines[0].Diagnostics.Single().Message.Should().StartWith("feed.jsonl:1: not checked").And.Contain("written in German");
    }

    [Test]
    public async Task A_foreign_document_yields_no_assertions_but_is_listed_in_the_report()
    {
        var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();
        var document = ReadText(Foreign["Spanish"]);

        pipeline.Extract(document).Should().BeEmpty();
        var report = await pipeline.CheckAsync([document]);
        report.Documents.Should().ContainSingle().Which.Diagnostics.Should().Contain(d => d.Severity == DiagnosticSeverity.Error);
    }
}
