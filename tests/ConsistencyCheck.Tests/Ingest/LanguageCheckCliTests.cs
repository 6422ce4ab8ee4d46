using System.Diagnostics;
using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Ingest;

/// <summary>
/// The language check in the real command-line process: a German article is listed with an error naming German, and
/// an all-English run never loads the language identifier (it succeeds from a copy of the program without Lingua.dll).
/// </summary>
public class LanguageCheckCliTests
{
    private const string German = "Hochwasser im Ansel-Tal\n\nHochwasser: 55.000 Einwohner im Ansel-Tal evakuiert. Nach Angaben " +
        "der Behörden fielen in zwei Tagen 212 Millimeter Regen, und der Pegel des Flusses ist um 3,4 Meter gestiegen. Die " +
        "Rettungskräfte waren in mehr als 40 Gemeinden im Einsatz.\n";

    private string _root = null!;

    [SetUp]
    public void CreateFolder()
    {
        _root = Path.Combine(Path.GetTempPath(), "cc-lang-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    private static string ProgramFolder => TestContext.CurrentContext.TestDirectory;

    [Test]
    public async Task A_German_article_is_listed_as_not_checked_naming_German()
    {
        var input = WriteFolder("in", ("hochwasser.txt", German), ("courier.txt", await File.ReadAllTextAsync(Path.Combine(TestPaths.Samples, "courier.txt"))));

        var (exit, output, error) = await RunCli(ProgramFolder, "check", input, "--format", "json");

        exit.Should().Be(0, error);
        output.Should().Contain(Path.Combine(input, "hochwasser.txt") +
            ": not checked: the text does not look like English (written in German); only English is read (IngestOptions.SkipNonEnglish).");
        output.Should().NotContain("courier.txt: not checked");
    }

    [Test]
    public async Task An_all_English_run_does_not_load_the_language_identifier()
    {
        // A copy of the program without Lingua.dll (and without a dependency manifest that would ask for it).
        var program = Path.Combine(_root, "program");
        Directory.CreateDirectory(program);
        foreach (var file in Directory.GetFiles(ProgramFolder, "*.dll").Append(Path.Combine(ProgramFolder, "consistency-check.runtimeconfig.json")))
        {
            if (Path.GetFileName(file) != "Lingua.dll")
            {
                File.Copy(file, Path.Combine(program, Path.GetFileName(file)));
            }
        }

        var english = await RunCli(program, "check", TestPaths.Samples, "--format", "json");
        var foreign = await RunCli(program, "check", WriteFolder("de", ("hochwasser.txt", German)), "--format", "json");

        english.Exit.Should().Be(0, english.Error);
        english.Output.Should().NotContain("Lingua").And.NotContain("not checked").And.Contain("\"assertions\"");
        foreign.Output.Should().Contain("Could not load file or assembly 'Lingua",
            "the copy lacks the identifier, so a run that needs it shows it; the English run did not need it");
    }

    private string WriteFolder(string name, params (string Name, string Content)[] files)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        foreach (var (file, content) in files)
        {
            File.WriteAllText(Path.Combine(folder, file), content);
        }

        return folder;
    }

    private static async Task<(int Exit, string Output, string Error)> RunCli(string programFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(programFolder, "consistency-check.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
