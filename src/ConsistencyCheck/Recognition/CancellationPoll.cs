using System.Runtime.CompilerServices;

namespace ConsistencyCheck.Recognition;

/// <summary>
/// Checks a <see cref="CancellationToken"/> from inside a scan at a fixed stride of positions (characters, tokens or
/// figures), so that one huge text stops within milliseconds of cancellation while a scan pays only one integer
/// comparison per step. A mutable struct: keep it in a local and pass it by reference.
/// </summary>
internal struct CancellationPoll
{
    /// <summary>Positions between two checks: a few microseconds of scanning at most.</summary>
    public const int Stride = 4096;

    private readonly CancellationToken _token;
    private int _next;

    /// <summary>Creates a poll of <paramref name="token"/>; the first <see cref="At"/> checks at once.</summary>
    public CancellationPoll(CancellationToken token) => _token = token;

    /// <summary>
    /// Throws <see cref="OperationCanceledException"/> when the token is cancelled and the scan has moved
    /// <see cref="Stride"/> positions or more since the last check; otherwise returns at the cost of a comparison.
    /// </summary>
    /// <param name="position">Where the scan stands; positions only grow.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void At(int position)
    {
        if (position >= _next)
        {
            Check(position);
        }
    }

    private void Check(int position)
    {
        _token.ThrowIfCancellationRequested();
        _next = position + Stride;
    }
}
