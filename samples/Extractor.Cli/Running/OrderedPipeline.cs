using System.Threading.Channels;

namespace Extractor.Cli.Running;

/// <summary>
/// Runs work items with bounded concurrency and hands their results to a consumer strictly in input order, each as
/// soon as it and all before it are done. At most <c>4 × concurrency</c> finished results wait for a slow one
/// ahead of them, so memory stays bounded however long the input list is.
/// </summary>
internal static class OrderedPipeline
{
    /// <param name="count">The number of items.</param>
    /// <param name="concurrency">Items worked on at once.</param>
    /// <param name="work">Produces the result of item <c>i</c>; runs on the thread pool; must not throw except on cancellation.</param>
    /// <param name="consume">Receives the results in order, one at a time.</param>
    /// <param name="waiting">Called whenever the consumer is about to wait for the next result (a moment to flush output).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task RunAsync<T>(
        int count,
        int concurrency,
        Func<int, CancellationToken, Task<T>> work,
        Func<T, ValueTask> consume,
        Func<ValueTask> waiting,
        CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(concurrency);
        var started = Channel.CreateBounded<Task<T>>(new BoundedChannelOptions(4 * concurrency)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        async Task<T> RunOne(int index)
        {
            try
            {
                return await Task.Run(() => work(index, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        }

        Task producer = Task.Run(
            async () =>
            {
                try
                {
                    for (int i = 0; i < count; i++)
                    {
                        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                        await started.Writer.WriteAsync(RunOne(i), cancellationToken).ConfigureAwait(false);
                    }
                }
                finally
                {
                    started.Writer.Complete();
                }
            },
            cancellationToken);

        await foreach (Task<T> next in started.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!next.IsCompleted)
            {
                await waiting().ConfigureAwait(false);
            }

            await consume(await next.ConfigureAwait(false)).ConfigureAwait(false);
        }

        await producer.ConfigureAwait(false);
    }
}
