using Lingua;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// Names the language of a text with SearchPioneer.Lingua (n-gram models, Apache-2.0), among a fixed set of common
/// languages. The only type that touches Lingua: a process that never calls it never loads Lingua.dll or a model.
/// </summary>
/// <remarks>
/// <para>The detector is built once, on the first call, and shared (it is read-only and thread-safe). It runs in
/// Lingua's low-accuracy mode, which reads only the trigram model of each language: the first call that needs the
/// Latin-script languages loads their 10 trigram models (0.55 to 0.9 s on two cores, 67 MB allocated, 15 MB kept);
/// Cyrillic and Arabic-script texts load two models each; Greek, Hebrew, Hindi, Chinese, Japanese and Korean are told
/// by their script alone. Low-accuracy mode misreads texts shorter than about 120 characters, so callers hand it only
/// longer ones.</para>
/// <para>The models are files beside the application (<c>Lingua/LanguageModels/{code}/trigrams.json.br</c>), copied by
/// the build for exactly the languages of <see cref="Languages"/>. Lingua keeps loaded models in its own process-wide
/// cache.</para>
/// </remarks>
internal static class LinguaLanguageIdentifier
{
    /// <summary>
    /// The languages told apart: English; the commonest Latin-script languages of European news (French, German,
    /// Spanish, Italian, Portuguese, Dutch, Polish, Swedish) and Turkish; and the big languages of other scripts
    /// (Russian and Ukrainian, Greek, Arabic and Persian, Hebrew, Hindi, Chinese, Japanese, Korean). A text in another
    /// language is named as the closest of these (in a trial, a Danish text as Swedish, a Finnish one as French).
    /// </summary>
    internal static readonly IReadOnlyList<Language> Languages =
    [
        Language.English, Language.French, Language.German, Language.Spanish, Language.Italian, Language.Portuguese,
        Language.Dutch, Language.Polish, Language.Swedish, Language.Turkish,
        Language.Russian, Language.Ukrainian, Language.Greek, Language.Arabic, Language.Persian, Language.Hebrew,
        Language.Hindi, Language.Chinese, Language.Japanese, Language.Korean,
    ];

    private static readonly Lazy<LanguageDetector> Detector = new(
        () => LanguageDetectorBuilder.FromLanguages([.. Languages]).WithLowAccuracyMode().Build(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The ISO 639-1 codes of <see cref="Languages"/>, lower case: the names of their model folders.</summary>
    internal static IEnumerable<string> ModelFolders =>
        Languages.Select(language => language.IsoCode6391().ToString().ToLowerInvariant());

    /// <summary>
    /// The most likely language of <paramref name="text"/> and its confidence (0 to 1; the confidences of all languages
    /// sum to 1), or <see cref="LanguageGuess.Failed"/> naming why none could be computed (a model file missing or
    /// unreadable).
    /// </summary>
    public static LanguageGuess Identify(string text)
    {
        try
        {
            var best = Detector.Value.ComputeLanguageConfidenceValues(text).First();
            return new LanguageGuess(best.Key.ToString(), best.Key == Language.English, best.Value, Failure: null);
        }
        catch (AggregateException error) when (error.InnerException is IOException or InvalidDataException)
        {
            return LanguageGuess.Failed(error.InnerException.Message);
        }
        catch (Exception error) when (error is IOException or InvalidDataException)
        {
            return LanguageGuess.Failed(error.Message);
        }
    }
}
