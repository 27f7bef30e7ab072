using Microsoft.Extensions.Time.Testing;

namespace Extractor.Tests.Fetching;

/// <summary>
/// A fake clock (FakeTimeProvider) that also records every wait scheduled on it, so a test can see a retry delay
/// being scheduled, check its length, and only then move time forward: no real sleeping, no race.
/// </summary>
internal sealed class ObservedClock : TimeProvider
{
    private static readonly TimeSpan RealTimeLimit = TimeSpan.FromSeconds(15);

    private readonly FakeTimeProvider fake = new(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));
    private readonly List<TimeSpan> scheduled = [];
    private int consumed;

    public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

    public override long GetTimestamp() => fake.GetTimestamp();

    public override long TimestampFrequency => fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Record(dueTime);
        return new ObservedTimer(fake.CreateTimer(callback, state, dueTime, period), this);
    }

    public void Advance(TimeSpan delta) => fake.Advance(delta);

    /// <summary>Waits (in real time, bounded) for the next scheduled wait that <paramref name="match"/> accepts,
    /// skipping others, and returns its length.</summary>
    public async Task<TimeSpan> NextWaitAsync(Func<TimeSpan, bool> match)
    {
        var deadline = DateTime.UtcNow + RealTimeLimit;
        while (DateTime.UtcNow < deadline)
        {
            lock (scheduled)
            {
                while (consumed < scheduled.Count)
                {
                    TimeSpan due = scheduled[consumed++];
                    if (match(due))
                    {
                        return due;
                    }
                }
            }

            await Task.Delay(5);
        }

        throw new TimeoutException("No matching wait was scheduled on the fake clock.");
    }

    private void Record(TimeSpan dueTime)
    {
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (scheduled)
            {
                scheduled.Add(dueTime);
            }
        }
    }

    private sealed class ObservedTimer(ITimer inner, ObservedClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Record(dueTime);
            return inner.Change(dueTime, period);
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
