using System.Text;

namespace ConsistencyCheck.Text.Lexical;

/// <summary>
/// Reads the lines and fields of the lexicon payload (ASCII, LF-terminated lines, fields separated by one space or,
/// inside a field, by commas). Malformed input throws <see cref="InvalidDataException"/>: the payload is built by
/// tools/wordnet/build_lexicon.py and embedded, so a format error is a build error, not input to tolerate.
/// </summary>
internal ref struct PayloadReader
{
    private ReadOnlySpan<byte> _rest;
    private int _line;

    /// <summary>Starts reading at the beginning of <paramref name="payload"/>.</summary>
    public PayloadReader(ReadOnlySpan<byte> payload)
    {
        _rest = payload;
        _line = 0;
    }

    /// <summary>The next line, without its LF.</summary>
    public ReadOnlySpan<byte> Line()
    {
        var end = _rest.IndexOf((byte)'\n');
        if (end < 0)
        {
            throw Error("a line");
        }

        var line = _rest[..end];
        _rest = _rest[(end + 1)..];
        _line++;
        return line;
    }

    /// <summary>Reads a section header such as <c>lemmas 147306</c> and returns its numbers after the name.</summary>
    public ReadOnlySpan<byte> Header(string name)
    {
        var line = Line();
        var first = Next(ref line, (byte)' ');
        if (!first.SequenceEqual(Encoding.ASCII.GetBytes(name)))
        {
            throw Error($"the section '{name}'");
        }

        return line;
    }

    /// <summary>Splits the next field off <paramref name="fields"/> at <paramref name="separator"/> (the rest when there is none).</summary>
    public static ReadOnlySpan<byte> Next(ref ReadOnlySpan<byte> fields, byte separator)
    {
        var end = fields.IndexOf(separator);
        if (end < 0)
        {
            var last = fields;
            fields = default;
            return last;
        }

        var field = fields[..end];
        fields = fields[(end + 1)..];
        return field;
    }

    /// <summary>A non-negative decimal number.</summary>
    public readonly int Number(ReadOnlySpan<byte> digits)
    {
        if (digits.IsEmpty || digits.Length > 9)
        {
            throw Error("a number");
        }

        var value = 0;
        foreach (var d in digits)
        {
            if (d is < (byte)'0' or > (byte)'9')
            {
                throw Error("a number");
            }

            value = (value * 10) + (d - '0');
        }

        return value;
    }

    /// <summary>A number that must lie in [0, <paramref name="limit"/>).</summary>
    public readonly int Id(ReadOnlySpan<byte> digits, int limit)
    {
        var value = Number(digits);
        return value < limit ? value : throw Error($"an id below {limit}");
    }

    /// <summary>An exception naming the line being read and what was expected there.</summary>
    public readonly InvalidDataException Error(string expected) =>
        new($"The WordNet lexicon resource is malformed: expected {expected} at line {_line}.");
}
