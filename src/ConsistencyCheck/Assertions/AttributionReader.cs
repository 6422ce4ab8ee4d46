using System.Collections.Immutable;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Assertions;

/// <summary>Who a figure is attributed to ("according to the regional health ministry") and whether the source hedges it ("may", "believed to").</summary>
internal static class AttributionReader
{
    public static (string? Attribution, bool Hedged) Read(ImmutableArray<Word> words)
    {
        string? attribution = null;
        var hedged = false;
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].Lower;
            if (lower is "may" or "might" or "could" or "believed" or "feared" or "reportedly" or "allegedly" or "alleged" or
                "claims" or "claimed" or "suspected" or "possibly" or "unconfirmed" or "estimated" or "estimates" or "thought")
            {
                hedged = true;
            }

            if (attribution is null && lower == "according" && i + 2 < words.Length && words[i + 1].Lower == "to")
            {
                // Up to six words, to the end of the clause.
                var last = i + 2;
                while (last + 1 < words.Length && last + 1 < i + 8 && !words[last + 1].PrecededByClauseBreak)
                {
                    last++;
                }

                attribution = "according to " + WordShapes.JoinLower(words, i + 2, last);
            }
        }

        return (attribution, hedged);
    }
}
