using ConsistencyCheck.Recognition.Dates;

// Registration lives in the root namespace so that `using ConsistencyCheck;` is enough to call UseDates().
namespace ConsistencyCheck;

/// <summary>Registers the date recognizer on a <see cref="ConsistencyPipelineBuilder"/>.</summary>
public static class DateRecognitionBuilderExtensions
{
    /// <summary>
    /// Adds a <see cref="DateRecognizer"/> with <paramref name="options"/> (or <see cref="DateRecognitionOptions.Default"/>)
    /// after the recognizers already registered.
    /// </summary>
    /// <example><c>new ConsistencyPipelineBuilder().UseNumbers().UseDates().Build()</c></example>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static ConsistencyPipelineBuilder UseDates(this ConsistencyPipelineBuilder builder, DateRecognitionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddRecognizer(new DateRecognizer(options));
    }
}
