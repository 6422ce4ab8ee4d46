using System.Collections.Frozen;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// Tells English text from text in another language, cheaply and without a model: the recognizers read English
/// only, so a document in another language is listed as not checked rather than mis-read.
/// </summary>
/// <remarks>
/// <para>One linear pass over at most <see cref="SampleLength"/> characters outside boilerplate. Two signals:</para>
/// <list type="bullet">
/// <item>Script: when at least <see cref="MinScriptLetters"/> letters are seen and more than half of them are not
/// Latin (Cyrillic, Arabic, Han, ...), the text is not English.</item>
/// <item>Function words: Latin words are matched against short lists of grammatical words ("the", "of", "which";
/// "le", "und", "los", "della", "não", "het"). The text is not English when the foreign ones number at least
/// <see cref="MinForeignHits"/> and more than twice the English ones, or when a text of at least
/// <see cref="MinWordsForShare"/> words has fewer than one English function word in 25.</item>
/// </list>
/// <para>A short text (a headline, a caption) gives too little evidence for the word rules and stays English unless
/// its script says otherwise. Words are matched allocation-free: each is packed into a 64-bit key.</para>
/// </remarks>
internal static class LanguageCheck
{
    /// <summary>How many characters outside boilerplate are looked at; enough for a verdict, bounded for huge inputs.</summary>
    internal const int SampleLength = 64 * 1024;

    internal const int MinScriptLetters = 20;
    internal const int MinForeignHits = 4;
    internal const int MinWordsForShare = 50;

    private const int MaxWordLength = 10;
    private const string Accented = "àâäçèéêëîïôöùûüñáíóúãõßìò";
    private const uint ApostropheCode = 27;

    private static readonly string[] EnglishWords =
    [
        "the", "of", "and", "to", "that", "for", "with", "as", "by", "at", "from", "it", "he", "she", "his", "her",
        "they", "their", "them", "be", "been", "being", "has", "have", "had", "are", "were", "which", "this", "these",
        "those", "or", "not", "but", "said", "says", "after", "who", "whom", "would", "its", "than", "more", "into",
        "about", "over", "we", "our", "there", "what", "when", "where", "while", "because", "before", "under",
        "between", "should", "could", "can", "may", "must", "up", "out", "if", "then", "how", "all", "some", "any",
        "most", "other", "such", "only", "just", "you", "your", "my", "him", "off", "down", "did", "does", "against",
        "during", "since", "through", "until", "very", "each", "i'm", "it's", "don't", "isn't", "wasn't",
    ];

    // Grammatical words of the commonest Latin-script languages in news feeds. Words that are also English words or
    // frequent in English news ("a", "in", "on", "was", "die", "will", "per", "un", "van", "al", "ha", "come", "do")
    // are left out: they must not count against English text.
    private static readonly (string Language, string[] Words)[] ForeignWords =
    [
        ("French", ["le", "la", "les", "des", "du", "de", "et", "est", "une", "dans", "pour", "qui", "que", "sur", "avec",
            "pas", "au", "aux", "ces", "sont", "été", "ont", "il", "elle", "ils", "nous", "vous", "par", "mais", "ou", "où",
            "sa", "ses", "leur", "cette", "ce", "à", "être", "selon", "en"]),
        ("German", ["der", "und", "ist", "nicht", "mit", "den", "dem", "des", "ein", "eine", "einen", "für", "auf", "sich",
            "von", "zu", "das", "wurde", "werden", "auch", "sie", "es", "im", "bei", "nach", "aus", "wie", "oder", "sind",
            "noch", "nur", "über", "dass", "vor", "zum", "zur", "wird", "haben"]),
        ("Spanish", ["el", "los", "las", "del", "y", "es", "en", "por", "con", "para", "una", "se", "su", "sus", "como",
            "más", "lo", "fue", "entre", "pero", "sobre", "este", "esta", "ya", "muy", "también", "hasta", "desde", "según",
            "cuando", "porque", "que", "la", "de"]),
        ("Italian", ["il", "di", "che", "della", "delle", "dei", "degli", "sono", "gli", "è", "nel", "nella", "anche", "più",
            "alla", "questo", "questa", "la", "le"]),
        ("Portuguese", ["os", "da", "das", "dos", "em", "um", "uma", "não", "ao", "pelo", "pela", "foi", "são", "mais",
            "seu", "sua", "que", "de", "para", "com"]),
        ("Dutch", ["het", "een", "niet", "zijn", "voor", "dat", "ook", "naar", "bij", "wordt", "werd", "heeft", "worden",
            "maar", "de", "en"]),
    ];

    /// <summary>The mark of an English word in <see cref="Listed"/>; other values are bit sets of the languages in ForeignWords.</summary>
    private const int EnglishWord = 1 << 30;

    // Key -> EnglishWord, or the bit set of the languages in ForeignWords that use the word (English words win): one
    // lookup per word read.
    private static readonly FrozenDictionary<ulong, int> Listed =
        EnglishWords.Select(word => (Key: Key(word), Value: EnglishWord))
            .Concat(ForeignWords
                .SelectMany((list, index) => list.Words.Select(word => (Key: Key(word), Bit: 1 << index)))
                .Where(entry => !EnglishWords.Any(english => Key(english) == entry.Key))
                .GroupBy(entry => entry.Key)
                .Select(group => (group.Key, Value: group.Aggregate(0, (bits, entry) => bits | entry.Bit))))
            .ToFrozenDictionary(entry => entry.Key, entry => entry.Value);

    /// <summary>
    /// Adds an <see cref="DiagnosticSeverity.Error"/> "not checked: the text does not look like English (reason)" to
    /// <paramref name="document"/> when it reads as another language, keeping its text; unchanged otherwise, when it is
    /// already unreadable, or when <see cref="IngestOptions.SkipNonEnglish"/> is off.
    /// </summary>
    public static Document Apply(Document document, IngestOptions options)
    {
        if (!options.SkipNonEnglish || document.Text.Length == 0 || document.IsUnreadable ||
            WhyNotEnglish(document.Text, document.Boilerplate) is not { } reason)
        {
            return document;
        }

        return document with
        {
            Diagnostics = document.Diagnostics.Add(Diagnostic.Error(
                $"{document.Source}: not checked: the text does not look like English ({reason}); only English is read (IngestOptions.SkipNonEnglish).")),
        };
    }

    /// <summary>
    /// Returns null when <paramref name="text"/> (outside <paramref name="boilerplate"/>) reads as English or gives too
    /// little evidence; otherwise the reason it does not, as a phrase for a diagnostic.
    /// </summary>
    public static string? WhyNotEnglish(string text, IReadOnlyList<SourceSpan> boilerplate)
    {
        var counts = Count(text, boilerplate, skipBoilerplate: true);
        if (counts.Letters == 0 && boilerplate.Count > 0)
        {
            counts = Count(text, boilerplate, skipBoilerplate: false);
        }

        if (counts.Letters >= MinScriptLetters && counts.NonLatinLetters * 2 > counts.Letters)
        {
            return $"{counts.NonLatinLetters} of {counts.Letters} letters are {ScriptName(counts.TopScript)}, not Latin";
        }

        var (language, foreignHits) = TopForeign(counts.ForeignByLanguage);
        if (foreignHits >= MinForeignHits && foreignHits > 2 * counts.EnglishHits)
        {
            return $"it reads like {language}: {foreignHits} of {counts.Words} words are common {language} words, {counts.EnglishHits} common English ones";
        }

        if (counts.Words >= MinWordsForShare && counts.EnglishHits * 25 < counts.Words)
        {
            return $"only {counts.EnglishHits} of {counts.Words} words are common English words";
        }

        return null;
    }

    private static Counts Count(string text, IReadOnlyList<SourceSpan> boilerplate, bool skipBoilerplate)
    {
        var counts = new Counts(ForeignWords.Length);
        var scripts = new int[(int)Script.Other + 1];
        var regions = skipBoilerplate ? boilerplate.Count : 0;
        var region = 0;

        // The first position where a boilerplate region may begin; before it, no region needs looking at.
        var nextRegion = regions > 0 ? 0 : int.MaxValue;
        var seen = 0;
        for (var i = 0; i < text.Length && seen < SampleLength; i++)
        {
            if (i >= nextRegion)
            {
                while (region < regions && boilerplate[region].End <= i)
                {
                    region++;
                }

                if (region < regions && i >= boilerplate[region].Start)
                {
                    counts.EndWord();
                    i = boilerplate[region].End - 1;
                    continue;
                }

                nextRegion = region < regions ? boilerplate[region].Start : int.MaxValue;
            }

            // Counters are bounded by SampleLength: no overflow.
            unchecked
            {
                seen++;
                var c = text[i];
                if (c < 0x80)
                {
                    // ASCII, the common case: a letter, an apostrophe inside a word, or a word break.
                    var letter = (uint)((c | 0x20) - 'a');
                    if (letter <= 'z' - 'a')
                    {
                        // A run of ASCII letters at once, stopping where a boilerplate region or the sample ends.
                        var end = (int)Math.Min(Math.Min(text.Length, nextRegion), (long)i + SampleLength - seen + 1);
                        var start = i;
                        ulong run = letter + 1;
                        while (++i < end && (letter = (uint)((text[i] | 0x20) - 'a')) <= 'z' - 'a')
                        {
                            run = i - start < MaxWordLength ? (run << 6) | (letter + 1) : run;
                        }

                        var length = i - start;
                        seen += length - 1;
                        counts.Letters += length;
                        counts.AppendRun(run, length);
                        i--;
                    }
                    else if (c == '\'' && counts.InWord)
                    {
                        counts.AppendCode(ApostropheCode);
                    }
                    else
                    {
                        counts.EndWord();
                    }

                    continue;
                }

                var script = ScriptOf(c);
                if (script == Script.Latin)
                {
                    counts.Letters++;
                    counts.Append(c);
                }
                else if (c is '\u2019' && counts.InWord)
                {
                    counts.AppendCode(ApostropheCode);
                }
                else
                {
                    counts.EndWord();
                    if (script != Script.None)
                    {
                        counts.Letters++;
                        counts.NonLatinLetters++;
                        scripts[(int)script]++;
                    }
                }
            }
        }

        counts.EndWord();
        counts.TopScript = (Script)Array.IndexOf(scripts, scripts.Max());
        return counts;
    }

    private static (string Language, int Hits) TopForeign(int[] byLanguage)
    {
        var best = 0;
        for (var language = 1; language < byLanguage.Length; language++)
        {
            best = byLanguage[language] > byLanguage[best] ? language : best;
        }

        return (ForeignWords[best].Language, byLanguage[best]);
    }

    private static ulong Key(string word)
    {
        ulong key = 0;
        foreach (var c in word)
        {
            key = (key << 6) | Code(c);
        }

        return key;
    }

    // 6 bits per character: a-z 1-26, apostrophe 27, the accented letters of the word lists 28 and up; 0 means the
    // word cannot be a listed word. Upper case folds to lower case.
    private static uint Code(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower is >= 'a' and <= 'z')
        {
            return (uint)(lower - 'a' + 1);
        }

        if (lower == '\'')
        {
            return ApostropheCode;
        }

        var accented = Accented.IndexOf(lower, StringComparison.Ordinal);
        return accented < 0 ? 0 : (uint)(28 + accented);
    }

    private static Script ScriptOf(char c)
    {
        if (c < 0x80)
        {
            return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') ? Script.Latin : Script.None;
        }

        if (!char.IsLetter(c))
        {
            return Script.None;
        }

        return c switch
        {
            <= '\u024F' => Script.Latin,
            >= '\u1E00' and <= '\u1EFF' => Script.Latin,
            >= '\u0370' and <= '\u03FF' => Script.Greek,
            >= '\u0400' and <= '\u052F' => Script.Cyrillic,
            >= '\u0590' and <= '\u05FF' => Script.Hebrew,
            >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF' => Script.Arabic,
            >= '\u0900' and <= '\u0DFF' => Script.Indic,
            >= '\u0E00' and <= '\u0EFF' => Script.Thai,
            >= '\u3040' and <= '\u30FF' => Script.Japanese,
            >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' => Script.Korean,
            >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => Script.Han,
            _ => Script.Other,
        };
    }

    private static string ScriptName(Script script) => script switch
    {
        Script.Indic => "Indic (Devanagari, Bengali, Tamil, ...)",
        Script.Japanese => "Japanese kana",
        Script.Korean => "Korean Hangul",
        Script.Other => "in another script",
        _ => script.ToString(),
    };

    private enum Script
    {
        None,
        Latin,
        Greek,
        Cyrillic,
        Hebrew,
        Arabic,
        Indic,
        Thai,
        Japanese,
        Korean,
        Han,
        Other,
    }

    // The tallies of one pass, and the word being read (packed into a key while it is short enough).
    private sealed class Counts(int languages)
    {
        private ulong _key;
        private int _length;
        private bool _packable = true;

        public int Letters { get; set; }

        public int NonLatinLetters { get; set; }

        public int Words { get; private set; }

        public int EnglishHits { get; private set; }

        public int[] ForeignByLanguage { get; } = new int[languages];

        public Script TopScript { get; set; }

        public bool InWord => _length > 0;

        public void Append(char c) => AppendCode(Code(c));

        /// <summary>Appends <paramref name="length"/> letters at once; <paramref name="run"/> packs the first <see cref="MaxWordLength"/> of them.</summary>
        public void AppendRun(ulong run, int length)
        {
            _packable &= _length + length <= MaxWordLength;
            if (_packable)
            {
                _key = (_key << (6 * length)) | run;
            }

            _length += length;
        }

        public void AppendCode(uint code)
        {
            _packable &= code != 0 && _length < MaxWordLength;
            if (_packable)
            {
                _key = (_key << 6) | code;
            }

            _length++;
        }

        public void EndWord()
        {
            if (_length == 0)
            {
                return;
            }

            Words++;
            if (_packable)
            {
                Match(_key);
            }

            _key = 0;
            _length = 0;
            _packable = true;
        }

        private void Match(ulong key)
        {
            var languages = Listed.GetValueOrDefault(key);
            if (languages == EnglishWord)
            {
                EnglishHits++;
            }
            else if (languages != 0)
            {
                for (var language = 0; language < ForeignByLanguage.Length; language++)
                {
                    if ((languages & (1 << language)) != 0)
                    {
                        ForeignByLanguage[language]++;
                    }
                }
            }
        }
    }
}
