using ConsistencyCheck.Recognition;

namespace ConsistencyCheck;

/// <summary>
/// Configures a <see cref="ConsistencyPipeline"/>: which recognizers run and with which options.
/// Mutable and single-threaded; <see cref="Build"/> yields an immutable, thread-safe pipeline.
/// </summary>
/// <example>
/// <code>
/// var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseDates().Build();
/// var report = await pipeline.CheckAsync(documents, cancellationToken);
/// </code>
/// </example>
public sealed class ConsistencyPipelineBuilder
{
    private ConsistencyMeter? _meter;
    private readonly List<IRecognizer> _recognizers = [];
    private ConsistencyOptions _options = ConsistencyOptions.Default;
    private Clustering.IClusteringStrategy? _clustering;
    private TimeProvider _timeProvider = TimeProvider.System;

    /// <summary>The recognizers registered so far, in priority order.</summary>
    public IReadOnlyList<IRecognizer> Recognizers => _recognizers;

    /// <summary>Adds <paramref name="recognizer"/> after those already registered (earlier ones win ties).</summary>
    public ConsistencyPipelineBuilder AddRecognizer(IRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _recognizers.Add(recognizer);
        return this;
    }

    /// <summary>
    /// Replaces the clustering strategy. Default: <see cref="Clustering.BlockingClusteringStrategy"/> with
    /// <see cref="ConsistencyOptions.Clustering"/>.
    /// </summary>
    public ConsistencyPipelineBuilder UseClustering(Clustering.IClusteringStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        _clustering = strategy;
        return this;
    }

    /// <summary>
    /// Replaces the clock that times each document against <see cref="ConsistencyOptions.MaxDocumentTime"/>. Default
    /// <see cref="TimeProvider.System"/>. Nothing else reads the clock: dates resolve against each document's
    /// publication date. Tests pass a clock they move by hand to make a budget run out at a chosen moment.
    /// </summary>
    public ConsistencyPipelineBuilder UseTimeProvider(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        return this;
    }

    /// <summary>Replaces the options; they are validated in <see cref="Build"/>.</summary>
    public ConsistencyPipelineBuilder WithOptions(ConsistencyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        return this;
    }

    /// <summary>Changes the options with <paramref name="configure"/> (for example <c>o =&gt; o with { … }</c>).</summary>
    public ConsistencyPipelineBuilder Configure(Func<ConsistencyOptions, ConsistencyOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return WithOptions(configure(_options));
    }

    /// <summary>
    /// Counts what the pipeline's runs do (documents, characters, assertions, clusters, findings, time per stage) in
    /// <paramref name="meter"/>; every run of the built pipeline adds to it. Not set: not measured.
    /// </summary>
    /// <param name="meter">The meter.</param>
    /// <returns>This builder.</returns>
    public ConsistencyPipelineBuilder UseMeter(ConsistencyMeter meter)
    {
        _meter = meter ?? throw new ArgumentNullException(nameof(meter));
        return this;
    }

    /// <summary>Validates the options and builds the pipeline.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    /// <exception cref="InvalidOperationException">No recognizer was registered.</exception>
    public ConsistencyPipeline Build()
    {
        _options.Validate();
        if (_recognizers.Count == 0)
        {
            throw new InvalidOperationException("No recognizer is registered: call UseNumbers() (and usually UseDates()) before Build().");
        }

        return new ConsistencyPipeline(
            new TextRecognizer(_recognizers),
            _clustering ?? new Clustering.BlockingClusteringStrategy(_options.Clustering),
            _options,
            _timeProvider,
            _meter);
    }
}
