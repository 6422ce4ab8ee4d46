using System.Globalization;
using System.Text;
using System.Text.Json;
using ConsistencyCheck.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Reporting;

public class JsonReportWriterTests
{
    private static readonly string[] TopLevel = ["schemaVersion", "documents", "assertions", "clusters", "findings"];
    private static readonly string[] DocumentFields = ["id", "source", "collection", "title", "publisher", "published", "diagnostics"];
    private static readonly string[] AssertionFields = ["id", "documentId", "text", "start", "end", "sentence", "subject", "predicate", "value", "asOf"];
    private static readonly string[] ValueFields = ["stated", "low", "high", "lowInclusive", "highInclusive", "qualifier", "unit"];
    private static readonly string[] FindingFields = ["kind", "assertionIds", "relation", "confidence", "explanation"];

    private static async Task<string> WriteAsync(ConsistencyReport report)
    {
        using var writer = new StringWriter();
        await new JsonReportWriter().WriteAsync(report, writer);
        return writer.ToString();
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Test]
    public async Task Top_level_has_exactly_the_contract_fields_in_order()
    {
        using var json = JsonDocument.Parse(await WriteAsync(SampleReport.Create()));
        Names(json.RootElement).Should().Equal(TopLevel);
        json.RootElement.GetProperty("schemaVersion").GetInt32().Should().Be(1);
    }

    [Test]
    public async Task Documents_carry_metadata_and_diagnostics()
    {
        using var json = JsonDocument.Parse(await WriteAsync(SampleReport.Create()));
        var documents = json.RootElement.GetProperty("documents");
        documents.GetArrayLength().Should().Be(3);
        foreach (var document in documents.EnumerateArray())
        {
            Names(document).Take(DocumentFields.Length).Should().Equal(DocumentFields);
        }

        var broken = documents[0];
        broken.GetProperty("id").GetString().Should().Be("broken.html");
        broken.GetProperty("title").ValueKind.Should().Be(JsonValueKind.Null);
        broken.GetProperty("published").ValueKind.Should().Be(JsonValueKind.Null);
        var diagnostic = broken.GetProperty("diagnostics")[0];
        Names(diagnostic).Should().Equal("severity", "message");
        diagnostic.GetProperty("severity").GetString().Should().Be("error");

        var courier = documents[1];
        courier.GetProperty("published").GetString().Should().Be("2024-03-14T09:30:00+01:00");
        courier.GetProperty("publisher").GetString().Should().Be("The Harbour Courier");
        courier.GetProperty("diagnostics").GetArrayLength().Should().Be(0);
        documents[2].GetProperty("diagnostics")[0].GetProperty("severity").GetString().Should().Be("warning");
    }

    [Test]
    public async Task Assertions_carry_phrase_offsets_sentence_and_value()
    {
        var report = SampleReport.Create();
        using var json = JsonDocument.Parse(await WriteAsync(report));
        var assertions = json.RootElement.GetProperty("assertions");
        assertions.GetArrayLength().Should().Be(3);
        foreach (var item in assertions.EnumerateArray())
        {
            Names(item).Take(AssertionFields.Length).Should().Equal(AssertionFields);
            Names(item.GetProperty("value")).Take(ValueFields.Length).Should().Equal(ValueFields);
        }

        var first = assertions[0];
        first.GetProperty("id").GetString().Should().Be("courier.txt@42");
        first.GetProperty("documentId").GetString().Should().Be("courier.txt");
        first.GetProperty("text").GetString().Should().Be("nearly 55,000");
        first.GetProperty("start").GetInt32().Should().Be(report.Assertions[0].Quantity.Span.Start);
        first.GetProperty("end").GetInt32().Should().Be(report.Assertions[0].Quantity.Span.End);
        (first.GetProperty("end").GetInt32() - first.GetProperty("start").GetInt32()).Should().Be("nearly 55,000".Length);
        first.GetProperty("sentence").GetString().Should().Be(SampleReport.CourierSentence);
        first.GetProperty("asOf").GetString().Should().Be("2024-03-14");

        var subject = first.GetProperty("subject");
        Names(subject).Should().Equal("text", "head", "class");
        subject.GetProperty("class").GetString().Should().Be("people");
        var predicate = first.GetProperty("predicate");
        Names(predicate).Should().Equal("text", "class", "kind", "negated");
        predicate.GetProperty("class").GetString().Should().Be("evacuated");
        predicate.GetProperty("kind").GetString().Should().Be("cumulative");
        predicate.GetProperty("negated").GetBoolean().Should().BeFalse();

        var value = first.GetProperty("value");
        value.GetProperty("stated").GetDecimal().Should().Be(55000m);
        value.GetProperty("low").GetDecimal().Should().Be(50000m);
        value.GetProperty("high").GetDecimal().Should().Be(55000m);
        value.GetProperty("lowInclusive").GetBoolean().Should().BeTrue();
        value.GetProperty("qualifier").GetString().Should().Be("nearly");
        value.GetProperty("unit").ValueKind.Should().Be(JsonValueKind.Null);

        assertions[1].GetProperty("asOf").ValueKind.Should().Be(JsonValueKind.Null);
        assertions[1].GetProperty("value").GetProperty("stated").GetRawText().Should().Be("40000", "trailing zeros are trimmed");
        assertions[1].GetProperty("value").GetProperty("qualifier").GetString().Should().Be("approximate");
        assertions[2].GetProperty("value").GetProperty("high").ValueKind.Should().Be(JsonValueKind.Null, "null is unbounded");
        assertions[2].GetProperty("value").GetProperty("qualifier").GetString().Should().Be("atLeast");
    }

    [Test]
    public async Task Clusters_and_findings_follow_the_contract()
    {
        using var json = JsonDocument.Parse(await WriteAsync(SampleReport.Create()));
        var cluster = json.RootElement.GetProperty("clusters")[0];
        Names(cluster).Should().Equal("id", "key", "assertionIds");
        cluster.GetProperty("assertionIds").EnumerateArray().Select(e => e.GetString())
            .Should().Equal("courier.txt@42", "ledger.txt@100", "ledger.txt@195");

        var findings = json.RootElement.GetProperty("findings");
        findings.GetArrayLength().Should().Be(2);
        var agreement = findings[0];
        Names(agreement).Take(FindingFields.Length).Should().Equal(FindingFields);
        agreement.GetProperty("kind").GetString().Should().Be("agreement");
        agreement.GetProperty("relation").GetString().Should().Be("overlaps");
        agreement.GetProperty("confidence").GetRawText().Should().Be("0.72");
        var contradiction = findings[1];
        contradiction.GetProperty("kind").GetString().Should().Be("contradiction");
        contradiction.GetProperty("relation").GetString().Should().Be("disjoint");
        contradiction.GetProperty("confidence").GetRawText().Should().Be("0.86", "0.855 rounds half away from zero");
        contradiction.GetProperty("assertionIds").EnumerateArray().Select(e => e.GetString())
            .Should().Equal("courier.txt@42", "ledger.txt@100");
        contradiction.GetProperty("explanation").GetString().Should().Contain("nearly 55,000");
    }

    [Test]
    public async Task Equal_reports_give_byte_identical_output()
    {
        var writer = new JsonReportWriter();
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        await writer.WriteAsync(SampleReport.Create(), first);
        await writer.WriteAsync(SampleReport.Create(), second);
        first.ToArray().Should().Equal(second.ToArray());
        Encoding.UTF8.GetString(first.ToArray()).Should().Be(await WriteAsync(SampleReport.Create()));
        JsonReportWriter.ToUtf8Bytes(SampleReport.Create()).Should().Equal(first.ToArray());
    }

    [Test]
    public async Task Output_is_utf8_without_bom_indented_with_two_spaces_and_line_feeds()
    {
        using var stream = new MemoryStream();
        await new JsonReportWriter().WriteAsync(SampleReport.Create(), stream);
        var bytes = stream.ToArray();
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = Encoding.UTF8.GetString(bytes);
        text.Should().StartWith("{\n  \"schemaVersion\": 1,\n  \"documents\": [\n    {\n");
        text.Should().NotContain("\r").And.EndWith("}\n");
        text.Should().Contain("Ledger — Édition du soir", "non-ASCII stays readable").And.Contain("Zürich");
    }

    [TestCase("1.50", "1.5")]
    [TestCase("1200000.000", "1200000")]
    [TestCase("0.00001", "0.00001")]
    [TestCase("-3.10", "-3.1")]
    [TestCase("79228162514264337593543950335", "79228162514264337593543950335")]
    public async Task Numbers_are_written_invariantly_without_exponent_or_trailing_zeros(string input, string expected)
    {
        var report = SampleReport.Create();
        var stated = decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture);
        var changed = report with
        {
            Assertions = [report.Assertions[0] with { Quantity = report.Assertions[0].Quantity with { Stated = stated } }],
        };
        using var json = JsonDocument.Parse(await WriteAsync(changed));
        json.RootElement.GetProperty("assertions")[0].GetProperty("value").GetProperty("stated").GetRawText().Should().Be(expected);
    }

    [Test]
    public async Task Culture_does_not_change_the_output()
    {
        var invariant = await WriteAsync(SampleReport.Create());
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            (await WriteAsync(SampleReport.Create())).Should().Be(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
