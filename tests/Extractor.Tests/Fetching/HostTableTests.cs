using Extractor.Fetching;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;

namespace Extractor.Tests.Fetching;

/// <summary>Per-host state stays bounded over very many hosts, without forgetting the state of hosts in use.</summary>
public sealed class HostTableTests
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(1);

    [Fact]
    public void Idle_hosts_are_dropped_once_the_capacity_is_reached()
    {
        var time = new FakeTimeProvider();
        var table = new HostTable<object>(() => new object(), 4, Idle, time);
        foreach (string host in new[] { "a.example", "b.example", "c.example", "d.example" })
        {
            table.Take(host).Dispose();
        }

        time.Advance(Idle + TimeSpan.FromSeconds(1));
        table.Take("e.example").Dispose();

        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void Host_in_use_or_recently_used_is_kept_with_the_same_state_past_the_capacity()
    {
        var time = new FakeTimeProvider();
        var table = new HostTable<object>(() => new object(), 2, Idle, time);
        using HostTable<object>.Lease held = table.Take("busy.example");
        table.Take("idle.example").Dispose();
        time.Advance(Idle * 2);
        table.Take("recent.example").Dispose();
        table.Take("new.example").Dispose();

        Assert.Equal(3, table.Count);
        using HostTable<object>.Lease again = table.Take("BUSY.example");
        Assert.Same(held.Value, again.Value);
    }

    [Fact]
    public void Table_stays_bounded_over_a_hundred_thousand_hosts_used_once()
    {
        var time = new FakeTimeProvider();
        var table = new HostTable<object>(() => new object(), 100, Idle, time);
        int largest = 0;
        for (int i = 0; i < 100_000; i++)
        {
            table.Take($"host{i}.example").Dispose();
            time.Advance(TimeSpan.FromSeconds(1));
            largest = Math.Max(largest, table.Count);
        }

        Assert.InRange(largest, 100, 200);
    }

    [Fact]
    public async Task Politeness_slot_of_a_host_in_use_survives_churn_of_other_hosts()
    {
        var time = new FakeTimeProvider();
        var gate = new HostGate(maxConcurrency: 1, TimeSpan.Zero, time, hostCapacity: 1);
        var busy = new Uri("https://busy.example/a");
        HostGate.Lease first = await gate.EnterAsync(busy, CancellationToken.None);
        for (int i = 0; i < 50; i++)
        {
            (await gate.EnterAsync(new Uri($"https://other{i}.example/"), CancellationToken.None)).Dispose();
            time.Advance(TimeSpan.FromMinutes(1));
        }

        Task<HostGate.Lease> second = gate.EnterAsync(busy, CancellationToken.None).AsTask();
        Assert.False(second.IsCompleted);
        Assert.InRange(gate.HostCount, 1, 2);

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task Open_circuit_of_a_host_survives_churn_and_is_forgotten_only_after_its_break()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var options = new ExtractorOptions { MaxRetries = 0, TimeProvider = time };
        var pipelines = new FetchPipelines(options, hostCapacity: 1);
        var failing = new Uri("https://failing.example/");
        int calls = 0;
        ValueTask<AttemptOutcome> Fail(FetchState state, CancellationToken token)
        {
            calls++;
            return ValueTask.FromResult(AttemptOutcome.Failure(503, null));
        }

        for (int i = 0; i < FetchDefaults.BreakerMinimumThroughput; i++)
        {
            await pipelines.ExecuteAsync(new FetchState(failing, DateTimeOffset.MaxValue), Fail, CancellationToken.None);
        }

        for (int i = 0; i < 20; i++)
        {
            await pipelines.ExecuteAsync(new FetchState(new Uri($"https://other{i}.example/"), DateTimeOffset.MaxValue), Fail, CancellationToken.None);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        int before = calls;
        await Assert.ThrowsAsync<BrokenCircuitException>(
            () => pipelines.ExecuteAsync(new FetchState(failing, DateTimeOffset.MaxValue), Fail, CancellationToken.None).AsTask());
        Assert.Equal(before, calls);

        Assert.Equal(21, pipelines.HostCount);
        time.Advance(FetchDefaults.BreakerSampling + FetchDefaults.BreakerBreak);
        for (int i = 0; i < 20; i++)
        {
            await pipelines.ExecuteAsync(new FetchState(new Uri($"https://late{i}.example/"), DateTimeOffset.MaxValue), Fail, CancellationToken.None);
        }

        Assert.InRange(pipelines.HostCount, 1, 20);
        await pipelines.ExecuteAsync(new FetchState(failing, DateTimeOffset.MaxValue), Fail, CancellationToken.None);
        Assert.Equal(before + 21, calls);
    }
}
