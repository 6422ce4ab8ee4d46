using System.Buffers;

namespace ConsistencyCheck.Stories;

/// <summary>
/// A set of short keys numbered from 0 in the order they were added, looked up by a span without allocating: the keys
/// stand end to end in one character buffer and an open-addressing table (linear probing, at most half full) holds key
/// number + 1 per slot. Every buffer is rented from <see cref="ArrayPool{T}.Shared"/> and returned by
/// <see cref="Dispose"/>; nothing outlives one document. Single-threaded.
/// </summary>
internal sealed class SpanTable : IDisposable
{
    private char[] _chars;
    private int _charCount;
    private int[] _slots;
    private int[] _starts;
    private int[] _lengths;
    private int[] _hashes;

    public SpanTable(int capacity)
    {
        var slots = 16;
        while (slots < capacity * 2)
        {
            slots *= 2;
        }

        _slots = RentClear(slots);
        _starts = ArrayPool<int>.Shared.Rent(capacity);
        _lengths = ArrayPool<int>.Shared.Rent(capacity);
        _hashes = ArrayPool<int>.Shared.Rent(capacity);
        _chars = ArrayPool<char>.Shared.Rent(capacity * 8);
    }

    /// <summary>The number of keys.</summary>
    public int Count { get; private set; }

    /// <summary>The capacity of the per-key arrays: a caller keeping parallel arrays grows them when <see cref="Count"/> reaches it.</summary>
    public int Capacity => _starts.Length;

    /// <summary>Key <paramref name="id"/>.</summary>
    public ReadOnlySpan<char> this[int id] => _chars.AsSpan(_starts[id], _lengths[id]);

    /// <summary>The number of <paramref name="key"/>, added when new (<paramref name="added"/> true).</summary>
    public int GetOrAdd(ReadOnlySpan<char> key, out bool added)
    {
        var hash = Hash(key);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] is var entry && entry != 0)
        {
            var id = entry - 1;
            if (_hashes[id] == hash && key.SequenceEqual(_chars.AsSpan(_starts[id], _lengths[id])))
            {
                added = false;
                return id;
            }

            slot = (slot + 1) & mask;
        }

        added = true;
        return Add(key, hash, slot);
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_slots);
        ArrayPool<int>.Shared.Return(_starts);
        ArrayPool<int>.Shared.Return(_lengths);
        ArrayPool<int>.Shared.Return(_hashes);
        ArrayPool<char>.Shared.Return(_chars);
    }

    private int Add(ReadOnlySpan<char> key, int hash, int slot)
    {
        if (Count == _starts.Length)
        {
            _starts = Grow(_starts);
            _lengths = Grow(_lengths);
            _hashes = Grow(_hashes);
        }

        if (_charCount + key.Length > _chars.Length)
        {
            var chars = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _charCount + key.Length));
            _chars.AsSpan(0, _charCount).CopyTo(chars);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = chars;
        }

        var id = Count++;
        key.CopyTo(_chars.AsSpan(_charCount));
        _starts[id] = _charCount;
        _lengths[id] = key.Length;
        _hashes[id] = hash;
        _charCount += key.Length;
        _slots[slot] = id + 1;
        if (Count * 2 > _slots.Length)
        {
            Rehash();
        }

        return id;
    }

    private void Rehash()
    {
        var slots = RentClear(_slots.Length * 2);
        var mask = slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = _hashes[id] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = id + 1;
        }

        ArrayPool<int>.Shared.Return(_slots);
        _slots = slots;
    }

    private static int[] RentClear(int length)
    {
        var array = ArrayPool<int>.Shared.Rent(length);
        Array.Clear(array);
        return array;
    }

    private int[] Grow(int[] array)
    {
        var grown = ArrayPool<int>.Shared.Rent(array.Length * 2);
        array.AsSpan(0, Count).CopyTo(grown);
        ArrayPool<int>.Shared.Return(array);
        return grown;
    }

    // FNV-1a, kept non-negative so that it masks to a slot directly.
    private static int Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
