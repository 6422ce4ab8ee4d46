using System.Numerics;
using System.Text;

namespace ConsistencyCheck.Text.Lexical;

/// <summary>
/// A read-only set of ASCII keys numbered from 0, looked up by a span of characters without allocating: the keys'
/// bytes stand end to end in one array, and an open-addressing table (linear probing, at most three-quarters full)
/// holds key number + 1 per slot, 0 when empty. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Used instead of a <c>FrozenDictionary&lt;string, int&gt;</c> for WordNet's 147,306 lemmas: measured at load, that
/// dictionary and its strings cost about 60 ms to build and 12 MB to keep, against a few milliseconds and 3 MB here,
/// and the lookup by span then needs no .NET 9 alternate lookup.
/// </remarks>
internal sealed class KeyTable
{
    private readonly byte[] _text;
    private readonly int[] _start;
    private readonly int[] _slots;
    private readonly int _shift;

    /// <summary>
    /// Creates the table over keys <c>text[start[i]..start[i + 1]]</c>; the arrays are owned by it from now on.
    /// </summary>
    /// <exception cref="InvalidDataException">A key is listed twice.</exception>
    public KeyTable(byte[] text, int[] start)
    {
        _text = text;
        _start = start;
        var bits = Math.Max(4, BitOperations.Log2((uint)Count) + 1);
        if (Count > (1 << bits) * 3 / 4)
        {
            bits++;
        }

        _slots = new int[1 << bits];
        _shift = 32 - bits;
        for (var id = 0; id < Count; id++)
        {
            var key = Key(id);
            var slot = SlotOf(Hash(key));
            while (_slots[slot] != 0)
            {
                if (key.SequenceEqual(Key(_slots[slot] - 1)))
                {
                    throw new InvalidDataException($"The WordNet lexicon resource lists '{Encoding.Latin1.GetString(key)}' twice.");
                }

                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot] = id + 1;
        }
    }

    /// <summary>The number of keys.</summary>
    public int Count => _start.Length - 1;

    /// <summary>The bytes of key <paramref name="id"/>.</summary>
    public ReadOnlySpan<byte> Key(int id) => _text.AsSpan(_start[id], _start[id + 1] - _start[id]);

    /// <summary>Key <paramref name="id"/> as a new string.</summary>
    public string this[int id] => Encoding.Latin1.GetString(Key(id));

    /// <summary>The number of the key spelled exactly <paramref name="key"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        var slot = SlotOf(Hash(key));
        while (_slots[slot] is var entry && entry != 0)
        {
            if (Equal(Key(entry - 1), key))
            {
                return entry - 1;
            }

            slot = (slot + 1) & (_slots.Length - 1);
        }

        return -1;
    }

    private int SlotOf(uint hash) => (int)(unchecked(hash * 0x9E3779B1u) >> _shift);

    private static bool Equal(ReadOnlySpan<byte> stored, ReadOnlySpan<char> key)
    {
        if (stored.Length != key.Length)
        {
            return false;
        }

        for (var i = 0; i < stored.Length; i++)
        {
            if (stored[i] != key[i])
            {
                return false;
            }
        }

        return true;
    }

    // FNV-1a over the character codes, the same for a key's bytes and its characters (keys are ASCII).
    private static uint Hash(ReadOnlySpan<byte> key)
    {
        var hash = 2166136261u;
        foreach (var b in key)
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }

    private static uint Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
