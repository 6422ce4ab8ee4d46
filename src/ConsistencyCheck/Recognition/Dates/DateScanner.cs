using System.Runtime.CompilerServices;

namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// The state of one recognition pass: the text, its tokens, the reference date and the options, with the small
/// token tests every grammar step uses. Created per call; never shared between threads.
/// </summary>
internal sealed class DateScanner
{
    private static readonly LexEntry NoEntry = new(DateWord.None, DateUnit.None, false, 0, 0, -1, 0, 0);
    /// <summary>Slots of the memo of core readings; a power of two.</summary>
    private const int MemoSlots = 16;

    private DateToken[] _tokens;

    // The core grammar is asked about the same token by several composite grammars; a small direct-mapped memo
    // (token index modulo MemoSlots) answers the repeats. Index -1 marks an empty slot.
    private readonly int[] _memoIndex = [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1];
    private readonly (bool Ok, DateValue Value, int Next, bool Weak)[] _memo = new (bool, DateValue, int, bool)[MemoSlots];

    /// <summary>Creates the state for one pass.</summary>
    public DateScanner(string text, DateToken[] tokens, int count, DateOnly? reference, DateRecognitionOptions options)
    {
        Text = text;
        _tokens = tokens;
        Count = count;
        // Relative arithmetic needs room on both sides; a reference at the ends of the calendar is treated as unknown.
        Reference = reference is { } r && CalendarMath.YearOk(r.Year - 1) && CalendarMath.YearOk(r.Year + 1) ? r : null;
        Options = options;
    }

    /// <summary>
    /// Starts a new pass over other tokens of the same text (the next region of <see cref="RecognitionContext.Regions"/>),
    /// forgetting the remembered readings.
    /// </summary>
    public void Reset(DateToken[] tokens, int count)
    {
        _tokens = tokens;
        Count = count;
        _memoIndex.AsSpan().Fill(-1);
    }

    /// <summary>Looks up a remembered core reading at token <paramref name="i"/>.</summary>
    public bool TryRecall(int i, out (bool Ok, DateValue Value, int Next, bool Weak) reading)
    {
        var slot = i & (MemoSlots - 1);
        reading = _memo[slot];
        return _memoIndex[slot] == i;
    }

    /// <summary>Remembers the core reading at token <paramref name="i"/>.</summary>
    public void Remember(int i, (bool Ok, DateValue Value, int Next, bool Weak) reading)
    {
        var slot = i & (MemoSlots - 1);
        _memoIndex[slot] = i;
        _memo[slot] = reading;
    }

    /// <summary>The text being read.</summary>
    public string Text { get; }

    /// <summary>Number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>The publication date relative phrases resolve against, or null (also when it lies outside the supported years).</summary>
    public DateOnly? Reference { get; }

    /// <summary>The options in force.</summary>
    public DateRecognitionOptions Options { get; }

    /// <summary>The token at <paramref name="i"/> (which must be in range).</summary>
    public ref readonly DateToken this[int i] => ref _tokens[i];

    /// <summary>The lexicon entry of token <paramref name="i"/>; an empty entry when out of range or not a date word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly LexEntry Lex(int i)
    {
        if (i >= 0 && i < Count && _tokens[i].Entry >= 0)
        {
            return ref DateLexicon.Entry(_tokens[i].Entry);
        }

        return ref NoEntry;
    }

    /// <summary>True when token <paramref name="i"/> is the function word <paramref name="word"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int i, DateWord word) => Lex(i).Word == word;

    /// <summary>True when token <paramref name="i"/> is the symbol <paramref name="symbol"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsSymbol(int i, char symbol) =>
        i >= 0 && i < Count && _tokens[i].Kind == DateTokenKind.Symbol && _tokens[i].Number == symbol;

    /// <summary>True when token <paramref name="i"/> is a digit run.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsNumber(int i) => i >= 0 && i < Count && _tokens[i].Kind == DateTokenKind.Number;

    /// <summary>True when token <paramref name="i"/> is a digit run of exactly <paramref name="digits"/> digits.</summary>
    public bool IsNumber(int i, int digits) => IsNumber(i) && _tokens[i].Length == digits;

    /// <summary>True when token <paramref name="i"/> is a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int i) => i >= 0 && i < Count && _tokens[i].Kind == DateTokenKind.Word;

    /// <summary>The value of number token <paramref name="i"/>, or -1.</summary>
    public int Number(int i) => IsNumber(i) ? _tokens[i].Number : -1;

    /// <summary>True when tokens <paramref name="i"/> - 1 and <paramref name="i"/> touch (no space between).</summary>
    public bool Glued(int i) => i > 0 && i < Count && _tokens[i - 1].End == _tokens[i].Start;

    /// <summary>The month (1-12) named by token <paramref name="i"/>, or 0.</summary>
    public int Month(int i) => Lex(i).Month;

    /// <summary>The weekday (1 Monday to 7 Sunday) named by token <paramref name="i"/>, or 0.</summary>
    public int Weekday(int i) => Lex(i).Weekday;

    /// <summary>The unit named by token <paramref name="i"/>.</summary>
    public DateUnit Unit(int i) => Lex(i).Unit;

    /// <summary>True when token <paramref name="i"/> exists and is a word of exactly <paramref name="length"/> letters.</summary>
    public bool WordLength(int i, int length) => IsWord(i) && _tokens[i].Length == length;

    /// <summary>Skips an optional symbol <paramref name="symbol"/> at <paramref name="i"/>.</summary>
    public int Skip(int i, char symbol) => IsSymbol(i, symbol) ? i + 1 : i;

    /// <summary>Skips an optional word <paramref name="word"/> at <paramref name="i"/>.</summary>
    public int Skip(int i, DateWord word) => Is(i, word) ? i + 1 : i;

    /// <summary>The character offset where token <paramref name="i"/> starts.</summary>
    public int StartOf(int i) => _tokens[i].Start;

    /// <summary>The character offset just past token <paramref name="i"/>.</summary>
    public int EndOf(int i) => _tokens[i].End;

    /// <summary>The characters of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> TextOf(int i) => Text.AsSpan(_tokens[i].Start, _tokens[i].Length);
}
