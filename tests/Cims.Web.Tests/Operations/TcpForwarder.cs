using System.Net;
using System.Net.Sockets;

namespace Cims.Web.Tests.Operations;

/// <summary>
/// A TCP forwarder between the app and PostgreSQL that a test can take down (connections refused, open ones cut) and
/// bring back on the same port: the database "goes away" without touching the shared server.
/// </summary>
public sealed class TcpForwarder : IDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private readonly Lock _gate = new();
    private TcpListener? _listener;
    private int _dropNext;

    public TcpForwarder(string host, int port)
    {
        _target = new IPEndPoint(Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork), port);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Start();
    }

    public int Port { get; }

    /// <summary>Listens again: new connections reach the database.</summary>
    public void Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _ = AcceptAsync(listener);
    }

    /// <summary>Stops listening (new connections are refused) and cuts every open one.</summary>
    public void Stop()
    {
        _listener?.Stop();
        _listener = null;
        lock (_gate)
        {
            foreach (var client in _open)
                client.Dispose();
            _open.Clear();
        }
    }

    /// <summary>The next <paramref name="count"/> connections are accepted and closed at once, as a flaky network would.</summary>
    public void DropNext(int count) => Interlocked.Exchange(ref _dropNext, count);

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            TcpClient incoming;
            try
            {
                incoming = await listener.AcceptTcpClientAsync();
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            if (Interlocked.Decrement(ref _dropNext) >= 0)
            {
                incoming.Dispose();
                continue;
            }

            _ = PipeAsync(incoming);
        }
    }

    private async Task PipeAsync(TcpClient incoming)
    {
        var outgoing = new TcpClient();
        lock (_gate)
            _open.AddRange([incoming, outgoing]);
        try
        {
            await outgoing.ConnectAsync(_target);
            var a = incoming.GetStream();
            var b = outgoing.GetStream();
            await Task.WhenAny(a.CopyToAsync(b), b.CopyToAsync(a));
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            // Cut by Stop, or closed by either side.
        }
        finally
        {
            incoming.Dispose();
            outgoing.Dispose();
        }
    }

    public void Dispose() => Stop();
}
