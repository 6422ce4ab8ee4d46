using ConsistencyCheck.Recognition;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>
/// A recognizer that finds nothing: registered first, it runs <paramref name="action"/> when recognition of a text that
/// <paramref name="watch"/> picks begins. Tests use it to cancel, or to move a clock, at a known point inside one
/// document, whatever the machine's speed.
/// </summary>
internal sealed class Tripwire(Func<string, bool> watch, Action action) : IRecognizer
{
    /// <summary>How many times it went off.</summary>
    public int Trips { get; private set; }

    public void Recognize(string text, RecognitionContext context, ICollection<Mention> results)
    {
        if (watch(text))
        {
            Trips++;
            action();
        }
    }
}
