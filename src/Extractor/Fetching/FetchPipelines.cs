using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Extractor.Fetching;

/// <summary>
/// The Polly pipelines of one extractor. Per host (so one failing site cannot stall the rest): retries with
/// exponential backoff and jitter, or the server's <c>Retry-After</c> capped at <see cref="ExtractorOptions.MaxRetryAfter"/>,
/// around a circuit breaker. Shared: the per-attempt timeout. All waits run on <see cref="ExtractorOptions.TimeProvider"/>.
/// With <see cref="ExtractorOptions.EnableRetries"/> off, an attempt runs once with no retry and no breaker.
/// The per-host pipelines live in a bounded <see cref="HostTable{T}"/>: a host's pipeline is dropped only when no
/// fetch uses it and it has been idle longer than the breaker's sampling window plus its break, so that a breaker
/// with recent failures or an open circuit is never forgotten.
/// </summary>
internal sealed class FetchPipelines
{
    private static readonly ResiliencePropertyKey<FetchState> StateKey = new("Extractor.FetchState");

    private readonly HostTable<ResiliencePipeline<AttemptOutcome>> byHost;
    private readonly ExtractorOptions options;

    public FetchPipelines(ExtractorOptions options, int hostCapacity = FetchDefaults.HostCapacity)
    {
        this.options = options;
        byHost = new HostTable<ResiliencePipeline<AttemptOutcome>>(
            BuildHostPipeline, hostCapacity, FetchDefaults.BreakerSampling + FetchDefaults.BreakerBreak, options.TimeProvider);
        AttemptTimeout = options.AttemptTimeout == Timeout.InfiniteTimeSpan || options.AttemptTimeout > FetchDefaults.MaxTimeSpan
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder { TimeProvider = options.TimeProvider }
                .AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout })
                .Build();
    }

    /// <summary>Bounds one attempt (request and body); raises <see cref="TimeoutRejectedException"/> when it runs out.</summary>
    public ResiliencePipeline AttemptTimeout { get; }

    /// <summary>How many hosts have a pipeline now.</summary>
    public int HostCount => byHost.Count;

    /// <summary>Runs <paramref name="attempt"/> for <paramref name="state"/>'s current address, retrying as configured.</summary>
    public async ValueTask<AttemptOutcome> ExecuteAsync(
        FetchState state, Func<FetchState, CancellationToken, ValueTask<AttemptOutcome>> attempt, CancellationToken cancellationToken)
    {
        using HostTable<ResiliencePipeline<AttemptOutcome>>.Lease? host = options.EnableRetries ? byHost.Take(state.Address.Authority) : null;
        ResiliencePipeline<AttemptOutcome> pipeline = host?.Value ?? ResiliencePipeline<AttemptOutcome>.Empty;
        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(StateKey, state);
        try
        {
            return await pipeline.ExecuteAsync(
                static (ctx, s) => s.attempt(s.state, ctx.CancellationToken), context, (attempt, state)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private ResiliencePipeline<AttemptOutcome> BuildHostPipeline()
    {
        var builder = new ResiliencePipelineBuilder<AttemptOutcome> { TimeProvider = options.TimeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<AttemptOutcome>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = FetchDefaults.MaxBackoff,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter is { } wait ? Cap(wait) : (TimeSpan?)null),
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<AttemptOutcome>
        {
            FailureRatio = FetchDefaults.BreakerFailureRatio,
            MinimumThroughput = FetchDefaults.BreakerMinimumThroughput,
            SamplingDuration = FetchDefaults.BreakerSampling,
            BreakDuration = FetchDefaults.BreakerBreak,
            ShouldHandle = args => ValueTask.FromResult(TransientFailures.IsTransient(args.Outcome, options.RetryStatusCodes)),
        });
        return builder.Build();
    }

    /// <summary>Transient failures are retried, except when the server asks for a wait that would outlast the
    /// overall timeout: then the status is reported at once instead of waiting only to time out.</summary>
    private bool ShouldRetry(Outcome<AttemptOutcome> outcome, ResilienceContext context)
    {
        if (!TransientFailures.IsTransient(outcome, options.RetryStatusCodes))
        {
            return false;
        }

        return outcome.Result?.RetryAfter is not { } wait
            || !context.Properties.TryGetValue(StateKey, out FetchState? state)
            || options.TimeProvider.GetUtcNow() + Cap(wait) < state.Deadline;
    }

    private TimeSpan Cap(TimeSpan wait) => wait > options.MaxRetryAfter ? options.MaxRetryAfter : wait;
}
