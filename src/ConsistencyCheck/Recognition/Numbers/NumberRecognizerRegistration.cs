using ConsistencyCheck.Recognition.Numbers;

namespace ConsistencyCheck;

/// <summary>Registers <see cref="NumberRecognizer"/> on a pipeline builder. In namespace ConsistencyCheck so <c>using ConsistencyCheck;</c> suffices.</summary>
public static class NumberRecognizerRegistration
{
    /// <summary>Adds a <see cref="NumberRecognizer"/> (counts, fractions, ordinals, percentages, ranges, vague amounts, hedges).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">How hedges and vague amounts are read; null for <see cref="NumberRecognitionOptions.Default"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static ConsistencyPipelineBuilder UseNumbers(this ConsistencyPipelineBuilder builder, NumberRecognitionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddRecognizer(new NumberRecognizer(options));
    }
}
