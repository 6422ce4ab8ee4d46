using System.Diagnostics;
using System.IO.Compression;
using ConsistencyCheck.Text.Lexical;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Text.Lexical;

/// <summary>
/// The embedded WordNet resource is what tools/wordnet/build_lexicon.py makes of WordNet 3.0: rebuilt here from
/// Debian's wordnet-base when it is installed (.ci/run installs it), and compared byte for byte.
/// </summary>
public class WordNetResourceTests
{
    private const string WordNetFolder = "/usr/share/wordnet";
    private const string Python = "/usr/bin/python3";

    private static string CommittedResource =>
        Path.Combine(TestPaths.RepositoryRoot, "src", "ConsistencyCheck", "Resources", "wordnet.lex.gz");

    [Test]
    public void The_assembly_embeds_the_committed_resource()
    {
        using var embedded = typeof(WordNetLexicon).Assembly.GetManifestResourceStream(WordNetLexiconReader.ResourceName);
        embedded.Should().NotBeNull();
        using var copy = new MemoryStream();
        embedded!.CopyTo(copy);
        copy.ToArray().Should().Equal(File.ReadAllBytes(CommittedResource));
    }

    [Test]
    public void The_build_script_reproduces_the_committed_resource_byte_for_byte()
    {
        if (!File.Exists(Path.Combine(WordNetFolder, "data.noun")) || !File.Exists(Path.Combine(WordNetFolder, "cntlist.rev")))
        {
            Assert.Ignore($"WordNet 3.0 is not installed at {WordNetFolder} (Debian package wordnet-base), so the resource cannot be rebuilt here; .ci/run installs it.");
        }

        if (!File.Exists(Python))
        {
            Assert.Ignore($"{Python} is not installed, so tools/wordnet/build_lexicon.py cannot run here.");
        }

        var folder = Directory.CreateTempSubdirectory("wordnet-lex-").FullName;
        try
        {
            var rebuilt = Path.Combine(folder, "wordnet.lex.gz");
            RunBuildScript(rebuilt);
            Inflate(rebuilt).SequenceEqual(Inflate(CommittedResource)).Should().BeTrue(
                "the script must rebuild the committed payload; if WordNet or the script changed on purpose, run the script and commit its output");
            File.ReadAllBytes(rebuilt).Should().Equal(File.ReadAllBytes(CommittedResource),
                "the payloads are equal, so only the gzip bytes differ: a zlib other than the one the resource was built with (Debian's)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void RunBuildScript(string output)
    {
        var script = Path.Combine(TestPaths.RepositoryRoot, "tools", "wordnet", "build_lexicon.py");
        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { script, "--wordnet", WordNetFolder, "--out", output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit(TimeSpan.FromMinutes(2)).Should().BeTrue("the script takes a few seconds");
        process.ExitCode.Should().Be(0, errors.Result);
    }

    private static byte[] Inflate(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var payload = new MemoryStream();
        gzip.CopyTo(payload);
        return payload.ToArray();
    }
}
