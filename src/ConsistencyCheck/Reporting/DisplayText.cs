using System.Buffers;
using System.Globalization;
using System.Text;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// Makes text from the documents (ids, file names, outlets, titles, sentences, messages) safe to show on a terminal or
/// in a readable report: characters that could drive a terminal or reorder the text around them are shown visibly
/// instead of passed through.
/// </summary>
/// <remarks>
/// Neutralised: every C0 control (U+0000 to U+001F, line breaks and tabs included), DEL and the C1 controls (U+007F to
/// U+009F), which start escape sequences (clear screen, window titles, hyperlinks), and the bidi embeddings, overrides
/// and isolates (U+202A to U+202E, U+2066 to U+2069), which make "file‮gnp.exe" display as "fileexe.png". Below U+0080
/// a character becomes <c>\xHH</c>, above it <c>\uHHHH</c> (lower-case hex), so ESC shows as <c>\x1b</c> and the
/// right-to-left override as <c>\u202e</c>. A backslash already in the text is left alone: the form is for reading, not
/// for decoding. Everything else (right-to-left letters, no-break spaces, emoji) is kept. Used by the console,
/// Markdown and HTML writers and for standard error; JSON has its own escaping and does not use it.
/// Stateless and thread-safe.
/// </remarks>
public static class DisplayText
{
    private static readonly SearchValues<char> Neutralised = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f" +
        "\u007f\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f" +
        "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069");

    /// <summary>
    /// <paramref name="text"/> with every control character and bidi override shown as an escape (<c>\x1b</c>,
    /// <c>\u202e</c>); the same instance when there is none; empty for null.
    /// </summary>
    public static string Neutralize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = text.AsSpan().IndexOfAny(Neutralised);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (!Neutralised.Contains(c))
            {
                builder.Append(c);
            }
            else if (c < '\u0080')
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
        }

        return builder.ToString();
    }
}
