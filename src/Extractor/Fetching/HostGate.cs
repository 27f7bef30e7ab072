namespace Extractor.Fetching;

/// <summary>
/// Politeness per host, shared by every fetch of one extractor: at most <see cref="ExtractorOptions.MaxConcurrencyPerHost"/>
/// requests to a host at once, and successive request starts to a host at least <see cref="ExtractorOptions.PerHostDelay"/>
/// apart. Waiting here is outside the per-attempt timeout (but inside the overall one). The slots live in a bounded
/// <see cref="HostTable{T}"/>: a host's slot is dropped only when no request holds or awaits it and it has been idle
/// for longer than the delay, so neither limit is ever loosened for a host in use.
/// </summary>
internal sealed class HostGate
{
    private readonly HostTable<HostSlot> slots;
    private readonly TimeSpan delay;
    private readonly TimeProvider timeProvider;

    public HostGate(int maxConcurrency, TimeSpan delay, TimeProvider timeProvider, int hostCapacity = FetchDefaults.HostCapacity)
    {
        this.delay = delay;
        this.timeProvider = timeProvider;
        slots = new HostTable<HostSlot>(() => new HostSlot(maxConcurrency), hostCapacity, delay, timeProvider);
    }

    /// <summary>How many hosts have a slot now.</summary>
    public int HostCount => slots.Count;

    /// <summary>Waits for a turn at the address's host; dispose the lease when the request is done.</summary>
    public async ValueTask<Lease> EnterAsync(Uri address, CancellationToken cancellationToken)
    {
        HostTable<HostSlot>.Lease host = slots.Take(address.Authority);
        HostSlot slot = host.Value;
        try
        {
            await slot.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            host.Dispose();
            throw;
        }

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
            host.Dispose();
            throw;
        }

        return new Lease(slot.Semaphore, host);
    }

    /// <summary>A turn at a host; disposing it lets the next request in and marks the host idle from now.</summary>
    internal readonly struct Lease : IDisposable
    {
        private readonly SemaphoreSlim semaphore;
        private readonly HostTable<HostSlot>.Lease host;

        public Lease(SemaphoreSlim semaphore, HostTable<HostSlot>.Lease host)
        {
            this.semaphore = semaphore;
            this.host = host;
        }

        public void Dispose()
        {
            semaphore.Release();
            host.Dispose();
        }
    }

    internal sealed class HostSlot
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
