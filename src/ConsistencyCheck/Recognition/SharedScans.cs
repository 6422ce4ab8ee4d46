namespace ConsistencyCheck.Recognition;

/// <summary>
/// Work that one recognizer leaves for the next during one <see cref="TextRecognizer.Recognize(string, RecognitionContext)"/> call over one
/// text, so that two recognizers built on the same scan (numbers and quantities share the figure scan) run it
/// once. Holds one entry, keyed by the options the scan depends on; lives for one call, on one thread.
/// </summary>
internal sealed class SharedScans
{
    private string? _text;
    private object? _key;
    private object? _value;

    /// <summary>The value <see cref="Set"/> stored for this very <paramref name="text"/> under a key equal to <paramref name="key"/>, if any.</summary>
    public T? Get<T>(string text, object key)
        where T : class =>
        ReferenceEquals(_text, text) && _key is not null && _key.Equals(key) ? _value as T : null;

    /// <summary>Keeps <paramref name="value"/> for <paramref name="text"/> under <paramref name="key"/>; the value must not change afterwards.</summary>
    public void Set(string text, object key, object value)
    {
        _text = text;
        _key = key;
        _value = value;
    }
}
