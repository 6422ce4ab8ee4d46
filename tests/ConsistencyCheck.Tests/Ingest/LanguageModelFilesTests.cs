using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Ingest;

/// <summary>
/// The build copies the language models the identifier reads, and only those: a folder per language of
/// <see cref="LinguaLanguageIdentifier.Languages"/>, not the 79 languages (72 MB) the Lingua package would copy.
/// </summary>
public class LanguageModelFilesTests
{
    private static string ModelsFolder => Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels");

    [Test]
    public void Every_language_loaded_has_its_model_folder_and_no_other_is_shipped()
    {
        var shipped = Directory.GetDirectories(ModelsFolder).Select(Path.GetFileName);

        shipped.Should().BeEquivalentTo(LinguaLanguageIdentifier.ModelFolders);
    }

    [Test]
    public void Each_model_folder_holds_one_small_file()
    {
        var files = Directory.GetFiles(ModelsFolder, "*", SearchOption.AllDirectories);

        files.Should().HaveCount(LinguaLanguageIdentifier.Languages.Count);
        files.Sum(file => new FileInfo(file).Length).Should().BeLessThan(2 * 1024 * 1024, "only trigram models (and three tiny unigram files) are shipped");
    }
}
