using System.Runtime.InteropServices;

namespace ConsistencyCheck.Benchmarks.Syntax;

/// <summary>
/// The few functions of the link grammar C API (liblink-grammar 5.x, LGPL-2.1) the prototype calls, as that version
/// declares them in link-includes.h: indices of linkages, links and words are <c>size_t</c>, handles are opaque
/// pointers, strings are UTF-8 and owned by the library.
/// </summary>
internal static class LinkGrammarNative
{
    /// <summary>The Debian/Ubuntu soname; other platforms name the file differently (see docs/decisions/0001-syntax-reader.md).</summary>
    public const string Library = "liblink-grammar.so.5";

    [DllImport(Library, EntryPoint = "dictionary_create_lang")]
    public static extern nint DictionaryCreateLang([MarshalAs(UnmanagedType.LPUTF8Str)] string language);

    [DllImport(Library, EntryPoint = "dictionary_delete")]
    public static extern int DictionaryDelete(nint dictionary);

    [DllImport(Library, EntryPoint = "parse_options_create")]
    public static extern nint ParseOptionsCreate();

    [DllImport(Library, EntryPoint = "parse_options_delete")]
    public static extern int ParseOptionsDelete(nint options);

    [DllImport(Library, EntryPoint = "parse_options_set_verbosity")]
    public static extern void SetVerbosity(nint options, int verbosity);

    [DllImport(Library, EntryPoint = "parse_options_set_max_parse_time")]
    public static extern void SetMaxParseTime(nint options, int seconds);

    [DllImport(Library, EntryPoint = "parse_options_set_linkage_limit")]
    public static extern void SetLinkageLimit(nint options, int limit);

    [DllImport(Library, EntryPoint = "parse_options_set_min_null_count")]
    public static extern void SetMinNullCount(nint options, int count);

    [DllImport(Library, EntryPoint = "parse_options_set_max_null_count")]
    public static extern void SetMaxNullCount(nint options, int count);

    [DllImport(Library, EntryPoint = "parse_options_set_spell_guess")]
    public static extern void SetSpellGuess(nint options, int guesses);

    [DllImport(Library, EntryPoint = "parse_options_timer_expired")]
    public static extern int TimerExpired(nint options);

    [DllImport(Library, EntryPoint = "parse_options_reset_resources")]
    public static extern void ResetResources(nint options);

    [DllImport(Library, EntryPoint = "sentence_create")]
    public static extern nint SentenceCreate(byte[] utf8NullTerminated, nint dictionary);

    [DllImport(Library, EntryPoint = "sentence_delete")]
    public static extern void SentenceDelete(nint sentence);

    [DllImport(Library, EntryPoint = "sentence_split")]
    public static extern int SentenceSplit(nint sentence, nint options);

    [DllImport(Library, EntryPoint = "sentence_parse")]
    public static extern int SentenceParse(nint sentence, nint options);

    [DllImport(Library, EntryPoint = "sentence_length")]
    public static extern int SentenceLength(nint sentence);

    [DllImport(Library, EntryPoint = "sentence_null_count")]
    public static extern int SentenceNullCount(nint sentence);

    [DllImport(Library, EntryPoint = "linkage_create")]
    public static extern nint LinkageCreate(nuint index, nint sentence, nint options);

    [DllImport(Library, EntryPoint = "linkage_delete")]
    public static extern void LinkageDelete(nint linkage);

    [DllImport(Library, EntryPoint = "linkage_get_num_words")]
    public static extern nuint NumWords(nint linkage);

    [DllImport(Library, EntryPoint = "linkage_get_num_links")]
    public static extern nuint NumLinks(nint linkage);

    [DllImport(Library, EntryPoint = "linkage_get_link_lword")]
    public static extern nuint LinkLeftWord(nint linkage, nuint link);

    [DllImport(Library, EntryPoint = "linkage_get_link_rword")]
    public static extern nuint LinkRightWord(nint linkage, nuint link);

    [DllImport(Library, EntryPoint = "linkage_get_link_label")]
    public static extern nint LinkLabel(nint linkage, nuint link);

    [DllImport(Library, EntryPoint = "linkage_get_word")]
    public static extern nint Word(nint linkage, nuint word);

    [DllImport(Library, EntryPoint = "linkage_get_word_byte_start")]
    public static extern nuint WordByteStart(nint linkage, nuint word);

    [DllImport(Library, EntryPoint = "linkage_get_word_byte_end")]
    public static extern nuint WordByteEnd(nint linkage, nuint word);
}
