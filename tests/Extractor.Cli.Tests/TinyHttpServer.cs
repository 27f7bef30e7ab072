using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Extractor.Cli.Tests;

/// <summary>A loopback HTTP server that answers every request with one fixed response (or, when
/// <c>status</c> is null, never answers), and keeps the request heads it received.</summary>
internal sealed class TinyHttpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly int? status;
    private readonly byte[] body;

    public TinyHttpServer(int? status, string body)
    {
        this.status = status;
        this.body = Encoding.UTF8.GetBytes(body);
        listener.Start();
        _ = Task.Run(AcceptLoopAsync);
    }

    public string Address => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";

    public ConcurrentQueue<string> RequestHeads { get; } = new();

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(client));
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                NetworkStream stream = client.GetStream();
                var head = new StringBuilder();
                byte[] buffer = new byte[4096];
                while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    int read = await stream.ReadAsync(buffer, stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    head.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                RequestHeads.Enqueue(head.ToString());
                if (status is not int code)
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                    return;
                }

                string response = string.Create(CultureInfo.InvariantCulture,
                    $"HTTP/1.1 {code} Status\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(response), stop.Token);
                await stream.WriteAsync(body, stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // The test is over or the client went away.
            }
        }
    }
}
