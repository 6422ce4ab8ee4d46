using ConsistencyCheck.Recognition.Numbers;
using ConsistencyCheck.Recognition.Quantities;

namespace ConsistencyCheck;

/// <summary>Registers <see cref="QuantityRecognizer"/> on a pipeline builder. In namespace ConsistencyCheck so <c>using ConsistencyCheck;</c> suffices.</summary>
public static class QuantityRecognizerRegistration
{
    /// <summary>Adds a <see cref="QuantityRecognizer"/> (money, dimensions, rates, ages, temperatures, with hedges).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">How hedges are read; null for <see cref="NumberRecognitionOptions.Default"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static ConsistencyPipelineBuilder UseQuantities(this ConsistencyPipelineBuilder builder, NumberRecognitionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddRecognizer(new QuantityRecognizer(options));
    }
}
