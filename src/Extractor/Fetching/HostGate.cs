using System.Collections.Concurrent;

namespace Extractor.Fetching;

/// <summary>
/// Politeness per host, shared by every fetch of one extractor: at most <see cref="ExtractorOptions.MaxConcurrencyPerHost"/>
/// requests to a host at once, and successive request starts to a host at least <see cref="ExtractorOptions.PerHostDelay"/>
/// apart. Waiting here is outside the per-attempt timeout (but inside the overall one).
/// </summary>
internal sealed class HostGate
{
    private readonly ConcurrentDictionary<string, HostSlot> slots = new(StringComparer.OrdinalIgnoreCase);
    private readonly int maxConcurrency;
    private readonly TimeSpan delay;
    private readonly TimeProvider timeProvider;

    public HostGate(int maxConcurrency, TimeSpan delay, TimeProvider timeProvider)
    {
        this.maxConcurrency = maxConcurrency;
        this.delay = delay;
        this.timeProvider = timeProvider;
    }

    /// <summary>Waits for a turn at the address's host; dispose the lease when the request is done.</summary>
    public async ValueTask<Lease> EnterAsync(Uri address, CancellationToken cancellationToken)
    {
        HostSlot slot = slots.GetOrAdd(address.Authority, static (_, max) => new HostSlot(max), maxConcurrency);
        await slot.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (delay > TimeSpan.Zero)
            {
                TimeSpan wait = slot.ReserveStart(timeProvider.GetUtcNow(), delay);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch
        {
            slot.Semaphore.Release();
            throw;
        }

        return new Lease(slot.Semaphore);
    }

    /// <summary>A turn at a host; disposing it lets the next request in.</summary>
    internal readonly struct Lease : IDisposable
    {
        private readonly SemaphoreSlim semaphore;

        public Lease(SemaphoreSlim semaphore) => this.semaphore = semaphore;

        public void Dispose() => semaphore.Release();
    }

    private sealed class HostSlot
    {
        private readonly Lock gate = new();
        private DateTimeOffset nextStart = DateTimeOffset.MinValue;

        public HostSlot(int maxConcurrency) => Semaphore = new SemaphoreSlim(maxConcurrency, maxConcurrency);

        public SemaphoreSlim Semaphore { get; }

        /// <summary>Books the next start time and returns how long to wait for it.</summary>
        public TimeSpan ReserveStart(DateTimeOffset now, TimeSpan spacing)
        {
            lock (gate)
            {
                DateTimeOffset start = now > nextStart ? now : nextStart;
                nextStart = start + spacing;
                return start - now;
            }
        }
    }
}
