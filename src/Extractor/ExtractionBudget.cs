namespace Extractor;

/// <summary>
/// The time one extraction may take (<see cref="ExtractorOptions.ExtractionTimeout"/>), as a cancellation token linked
/// to the caller's. The stages check it between one another and inside their loops;
/// when it runs out the extraction ends with <see cref="ExtractionErrorKind.Timeout"/>, while a cancellation by the
/// caller stays an <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class ExtractionBudget : IDisposable
{
    private readonly CancellationTokenSource? timer;
    private readonly CancellationTokenSource linked;
    private readonly CancellationToken caller;
    private readonly TimeSpan limit;

    private ExtractionBudget(ExtractorOptions options, CancellationToken caller)
    {
        this.caller = caller;
        limit = options.ExtractionTimeout;
        if (limit != Timeout.InfiniteTimeSpan)
        {
            timer = new CancellationTokenSource(limit, options.TimeProvider);
        }

        linked = timer is null
            ? CancellationTokenSource.CreateLinkedTokenSource(caller)
            : CancellationTokenSource.CreateLinkedTokenSource(caller, timer.Token);
    }

    /// <summary>The token to pass to every stage.</summary>
    public CancellationToken Token => linked.Token;

    /// <summary>Starts the clock.</summary>
    /// <param name="options">Where the limit and the clock come from.</param>
    /// <param name="caller">The caller's own token.</param>
    public static ExtractionBudget Start(ExtractorOptions options, CancellationToken caller) => new(options, caller);

    /// <summary>Whether a cancellation came from this budget running out rather than from the caller.</summary>
    public bool RanOut => timer is { IsCancellationRequested: true } && !caller.IsCancellationRequested;

    /// <summary>The error to throw once the budget has run out.</summary>
    public ExtractionException TimeoutError(Uri? address, Exception inner) => new(
        ExtractionErrorKind.Timeout,
        $"The extraction took longer than {limit.TotalSeconds:0.###} s.",
        address,
        innerException: inner);

    public void Dispose()
    {
        linked.Dispose();
        timer?.Dispose();
    }
}
