using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// Turns bytes into text without throwing: a byte order mark selects UTF-8, UTF-16 LE or UTF-16 BE; otherwise the
/// bytes are read as strict UTF-8 and each invalid sequence falls back to Windows-1252 (a warning says how many bytes).
/// Bytes that look binary are not decoded at all. Nothing is normalised that would move offsets: the only
/// substitution is NUL, replaced one for one by U+FFFD.
/// </summary>
internal static class TextDecoder
{
    /// <summary>How many leading bytes (or characters) are sampled to tell text from binary.</summary>
    internal const int BinarySampleLength = 8192;

    private static readonly UnicodeEncoding Utf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly UnicodeEncoding Utf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);

    // Windows-1252 for 0x80-0x9F; the five undefined positions map to U+FFFD. 0xA0-0xFF equal Latin-1.
    private static readonly char[] Windows1252High =
    [
        '\u20AC', '\uFFFD', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\uFFFD', '\u017D', '\uFFFD',
        '\uFFFD', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\uFFFD', '\u017E', '\u0178',
    ];

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="source"/> names the file in diagnostics.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string source)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        string text;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            text = DecodeUtf8(bytes[3..], source, diagnostics);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            text = DecodeUtf16(bytes[2..], Utf16LittleEndian, source, diagnostics);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            text = DecodeUtf16(bytes[2..], Utf16BigEndian, source, diagnostics);
        }
        else if (LooksBinary(bytes, out var suspicious))
        {
            return Binary(source, suspicious);
        }
        else
        {
            text = DecodeUtf8(bytes, source, diagnostics);
        }

        if (LooksBinary(text.AsSpan(0, Math.Min(text.Length, BinarySampleLength)), out var suspiciousChars))
        {
            return Binary(source, suspiciousChars);
        }

        text = ReplaceNuls(text, source, diagnostics);
        return new DecodedText(text, diagnostics.ToImmutable(), IsBinary: false);
    }

    /// <summary>
    /// True when the first <see cref="BinarySampleLength"/> bytes hold more NUL or control bytes (other than tab,
    /// line feed, vertical tab, form feed, carriage return and escape) than one in twenty, or more than one in a short sample.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes, out int suspicious)
    {
        var sample = bytes[..Math.Min(bytes.Length, BinarySampleLength)];
        suspicious = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or 0x0B or 0x0C or (byte)'\r' or 0x1B))
            {
                suspicious++;
            }
        }

        return IsTooMany(suspicious, sample.Length);
    }

    private static bool LooksBinary(ReadOnlySpan<char> chars, out int suspicious)
    {
        suspicious = 0;
        foreach (var c in chars)
        {
            if (c < '\u0020' && c is not ('\t' or '\n' or '\v' or '\f' or '\r' or '\u001B'))
            {
                suspicious++;
            }
        }

        return IsTooMany(suspicious, chars.Length);
    }

    private static bool IsTooMany(int suspicious, int sampleLength) => suspicious > Math.Max(1, sampleLength / 20);

    private static DecodedText Binary(string source, int suspicious) =>
        new(string.Empty, [Diagnostic.Error($"{source}: binary file ({suspicious} control bytes near the start); not read.")], IsBinary: true);

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string source, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var builder = new StringBuilder(bytes.Length);
        Span<char> pair = stackalloc char[2];
        var invalid = 0;
        var firstInvalid = -1;
        for (var i = 0; i < bytes.Length;)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                builder.Append(pair[..rune.EncodeToUtf16(pair)]);
                i += consumed;
                continue;
            }

            // Each byte of an invalid or truncated sequence is read as Windows-1252: smart quotes and dashes
            // saved by older editors come out right, anything else becomes one visible character per byte.
            firstInvalid = firstInvalid < 0 ? i : firstInvalid;
            for (var k = 0; k < Math.Max(1, consumed); k++)
            {
                builder.Append(FromWindows1252(bytes[i + k]));
                invalid++;
            }

            i += Math.Max(1, consumed);
        }

        diagnostics.Add(Diagnostic.Warning(
            $"{source}: {invalid} byte(s) are not valid UTF-8 (first at byte {firstInvalid}); read as Windows-1252."));
        return builder.ToString();
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, UnicodeEncoding encoding, string source, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var text = encoding.GetString(bytes);
        if (bytes.Length % 2 != 0)
        {
            diagnostics.Add(Diagnostic.Warning($"{source}: UTF-16 text has an odd number of bytes; the last byte was replaced with U+FFFD."));
        }

        return text;
    }

    private static char FromWindows1252(byte b) => b switch
    {
        < 0x80 => (char)b,
        < 0xA0 => Windows1252High[b - 0x80],
        _ => (char)b,
    };

    private static string ReplaceNuls(string text, string source, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var count = text.AsSpan().Count('\0');
        if (count == 0)
        {
            return text;
        }

        diagnostics.Add(Diagnostic.Warning($"{source}: {count} NUL character(s) replaced with U+FFFD."));
        return text.Replace('\0', '\uFFFD');
    }
}
