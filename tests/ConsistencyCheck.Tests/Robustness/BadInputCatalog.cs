using System.Text;
using ConsistencyCheck.Benchmarks.Robustness;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>One bad input as a file: its name and bytes, and how it must come out.</summary>
/// <param name="Name">The file name (its extension picks the reader).</param>
/// <param name="Bytes">The content.</param>
/// <param name="Severity">The most serious diagnostic it must get, or null for none at all.</param>
/// <param name="Message">A fragment that diagnostic's message must contain (null: any).</param>
/// <param name="Readable">Whether it must be read (IsUnreadable false): checked, or deliberately skipped with a warning.</param>
public sealed record BadInput(string Name, byte[] Bytes, DiagnosticSeverity? Severity, string? Message, bool Readable)
{
    public override string ToString() => Name;
}

/// <summary>
/// Every single-file input the issue lists, small enough for a unit test (the pathological ones scaled down; the
/// benchmark runs them at full size). JSON Lines and special files (pipes, permissions, folders) have their own tests.
/// </summary>
internal static class BadInputCatalog
{
    private const string Article = "Flooding forces thousands from homes\n\nPolice said nearly 55,000 residents were evacuated on Tuesday. " +
        "Of the 2,300 homes flooded, 800 were in the old town. The council said 3,400 people remain in shelters.\n";

    private const string NoNumbers = "Council promises review of flood defences\n\nThe council said it would review the flood wall after " +
        "residents complained that warnings came too late. Officials declined to say when the review would finish.\n";

    public static IReadOnlyList<BadInput> All { get; } = Build();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] RandomBytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static BadInput Error(string name, byte[] bytes, string message) => new(name, bytes, DiagnosticSeverity.Error, message, Readable: false);

    private static BadInput Warning(string name, byte[] bytes, string message, bool readable = true) => new(name, bytes, DiagnosticSeverity.Warning, message, readable);

    private static BadInput Clean(string name, byte[] bytes) => new(name, bytes, null, null, Readable: true);

    private static List<BadInput> Build()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0];
        byte[] zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0x21, 0x5A, 0x6E, 0x58, 0, 0, 0, 0];
        var utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        var utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        return
        [
            Error("empty.txt", [], "empty file"),
            Error("empty.md", [], "empty file"),
            Error("empty.html", [], "empty file"),
            Error("whitespace.txt", Utf8("  \n\t \r\n \u00A0 \n"), "empty file"),
            Clean("no-numbers.txt", Utf8(NoNumbers)),
            Warning("image.png", Concat(png, RandomBytes(1, 4000)), "unsupported file type '.png'"),
            Warning("archive.zip", Concat(zip, RandomBytes(2, 4000)), "unsupported file type '.zip'"),
            Error("image-renamed.txt", Concat(png, RandomBytes(1, 4000)), "binary file"),
            Error("archive-renamed.md", Concat(zip, RandomBytes(2, 4000)), "binary file"),
            Error("random-bytes.txt", RandomBytes(3, 10_000), "binary file"),
            Error("random-bytes.html", RandomBytes(4, 10_000), "binary file"),
            Warning("invalid-utf8.txt", Concat(Utf8("Flood\n\nThe caf"), [0xE9, 0x20, 0xC3, 0x28, 0xFF, 0x20], Utf8("said 41 doctors signed.\n"), Utf8(Article)), "not valid UTF-8"),
            Clean("utf16le.txt", Concat(utf16Le.GetPreamble(), utf16Le.GetBytes(Article))),
            Clean("utf16be.md", Concat(utf16Be.GetPreamble(), utf16Be.GetBytes("# " + Article))),
            Warning("windows-1252.txt", Concat(Utf8("Flood\n\n"), [0x93], Utf8("We were hours from disaster,"), [0x94], Utf8(" said Dr Farrant "), [0x96], Utf8(" 41 doctors agreed"), [0x85], Utf8("\n")), "Windows-1252"),
            Warning("nul-bytes.txt", Utf8(Article + "\0Nearly 41 doctors\0 signed.\n"), "NUL"),
            Clean("line-endings.txt", Utf8("Flood\r\n\r\nPolice said nearly 55,000 residents were evacuated.\rOf the 2,300 homes flooded,\n800 were in the old town.\r\n")),
            Clean("spaces.txt", Utf8("Flood\n\nPolice said nearly 55\u00A0000 residents were evacuated, 3\u2009400 remain in shelters and 1\u202F200 homes were lost.\n")),
            Clean("minus-and-dashes.txt", Utf8("Flood\n\nHouse prices fell \u22125% while 20\u201330 homes \u2014 perhaps 40\u201460 \u2014 were lost, and the river rose by \u22123.4 metres.\n")),
            Clean("non-latin-digits.txt", Utf8("Flood\n\nThe ministry said \u0665\u0665 people and \u0967\u0968 families were moved, and \uFF11\uFF12 trucks were sent to the valley on Tuesday.\n")),
            Clean("right-to-left.txt", Utf8("Flood\n\nThe minister, \u200F\u0645\u062D\u0645\u062F \u0628\u0646 \u0633\u0644\u0645\u0627\u0646\u200F, said \u202B\u05E9\u05DC\u05D5\u05DD\u202C that 41 doctors and 3,400 residents were in shelters.\n")),
            Error("all-script.html", Utf8(PathologicalInputs.Build("script-html", 20_000)), "no article text"),
            Warning("front-matter-never-closes.md", Utf8("---\ntitle: Flood\npublished: 2024-03-14\n\n# Flood\n\n" + Article), "never closes"),
            new("yaml-aliases.md", Utf8(PathologicalInputs.Build("yaml-aliases", 4_000)), DiagnosticSeverity.Info, "alias", Readable: true),
            Clean("no-newline.txt", Utf8(PathologicalInputs.Build("no-newline", 100_000))),
            Clean("comma-ones.txt", Utf8("Flood\n\nThe sequence was " + PathologicalInputs.Build("comma-ones", 50_000) + " and then 41 doctors signed.\n")),
            Clean("huge-number.txt", Utf8("Flood\n\n" + PathologicalInputs.Build("huge-number", 100_000) + " Nearly 41 doctors signed.\n")),
            Warning("nested.html", Utf8(PathologicalInputs.Build("nested-html", 60_000)), "nested more than"),
            Error("french.txt", Utf8("Inondations : 55 000 habitants évacués dans la vallée. Selon la préfecture, les pluies ont atteint 212 millimètres en deux jours et le niveau de la rivière est monté de 3,4 mètres.\n"), "written in French"),
            Error("russian.md", Utf8("# Наводнение\n\nПо данным властей, за два дня выпало 212 миллиметров осадков, а уровень реки поднялся на 3,4 метра.\n"), "written in Russian"),
            Error("chinese.html", Utf8("<html><body><p>据当局称，两天内降雨量达到212毫米，河流水位上涨3.4米。救援人员在40多个社区开展工作。</p></body></html>"), "written in Chinese"),
        ];
    }
}
