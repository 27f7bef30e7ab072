namespace Extractor.Fetching;

/// <summary>
/// Per-host state of one extractor (a resilience pipeline, a politeness slot) that does not grow without bound in
/// a long-running application fetching from very many hosts. A host's entry is taken for the length of a use and
/// returned after it; once the table holds <see cref="Capacity"/> hosts, adding another first drops every entry that
/// is not in use and has been idle for at least the idle time given, so state that still matters (a concurrency slot
/// in use, a circuit breaker with recent samples or an open break) is kept. When every entry still matters the table
/// grows past the capacity, and the next sweep waits until it has doubled, so each addition costs O(1) amortised.
/// </summary>
/// <typeparam name="T">The per-host state.</typeparam>
internal sealed class HostTable<T>
    where T : class
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();
    private readonly Func<T> create;
    private readonly TimeSpan idleTime;
    private readonly TimeProvider timeProvider;
    private int sweepAt;

    /// <param name="create">Makes the state of a host seen for the first time (or again after eviction).</param>
    /// <param name="capacity">How many hosts are kept before idle ones are dropped (at least 1).</param>
    /// <param name="idleTime">How long an unused entry must have been idle to be dropped.</param>
    /// <param name="timeProvider">The clock the idle time is measured on.</param>
    public HostTable(Func<T> create, int capacity, TimeSpan idleTime, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.create = create;
        Capacity = capacity;
        this.idleTime = idleTime;
        this.timeProvider = timeProvider;
        sweepAt = capacity;
    }

    /// <summary>How many hosts are kept before idle ones are dropped.</summary>
    public int Capacity { get; }

    /// <summary>How many hosts the table holds now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    /// <summary>Takes the state of <paramref name="host"/> for one use; dispose the lease when the use is over.</summary>
    public Lease Take(string host)
    {
        lock (gate)
        {
            if (!entries.TryGetValue(host, out Entry? entry))
            {
                if (entries.Count >= sweepAt)
                {
                    Sweep();
                }

                entry = new Entry(create());
                entries.Add(host, entry);
            }

            entry.Users++;
            return new Lease(this, entry);
        }
    }

    private void Return(Entry entry)
    {
        lock (gate)
        {
            entry.Users--;
            entry.LastUsed = timeProvider.GetTimestamp();
        }
    }

    /// <summary>Drops the entries nobody uses that have been idle long enough; called under the lock.</summary>
    private void Sweep()
    {
        long now = timeProvider.GetTimestamp();
        List<string>? idle = null;
        foreach (var (host, entry) in entries)
        {
            if (entry.Users == 0 && timeProvider.GetElapsedTime(entry.LastUsed, now) >= idleTime)
            {
                (idle ??= []).Add(host);
            }
        }

        foreach (string host in idle ?? [])
        {
            entries.Remove(host);
        }

        sweepAt = Math.Max(Capacity, 2 * entries.Count);
    }

    /// <summary>One use of a host's state; disposing it marks the host idle from now (when no other use holds it).</summary>
    internal sealed class Lease : IDisposable
    {
        private HostTable<T>? table;
        private readonly Entry entry;

        public Lease(HostTable<T> table, Entry entry)
        {
            this.table = table;
            this.entry = entry;
        }

        /// <summary>The host's state.</summary>
        public T Value => entry.Value;

        public void Dispose() => Interlocked.Exchange(ref table, null)?.Return(entry);
    }

    internal sealed class Entry(T value)
    {
        public T Value { get; } = value;

        public int Users { get; set; }

        public long LastUsed { get; set; }
    }
}
