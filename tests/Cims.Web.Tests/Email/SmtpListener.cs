using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Cims.Web.Tests.Email;

/// <summary>
/// A real SMTP server on 127.0.0.1 for one test class: Debian's aiosmtpd (python3-aiosmtpd) with a handler from
/// smtp_handlers.py that keeps every message in a folder, or refuses every recipient. Stopped on dispose.
/// </summary>
public sealed class SmtpListener : IDisposable
{
    private readonly Process _process;
    private bool _disposed;

    private SmtpListener(string handler)
    {
        Port = FreePort();
        Folder = Directory.CreateTempSubdirectory("cims-smtp-").FullName;
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", $"smtp_handlers.{handler}", Folder })
            start.ArgumentList.Add(arg);
        start.Environment["PYTHONPATH"] = HandlersFolder;
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilListening();
    }

    public int Port { get; }

    /// <summary>Where the received messages are kept (one .eml file each).</summary>
    public string Folder { get; }

    /// <summary>A server that keeps every message it receives.</summary>
    public static SmtpListener Accepting() => new("Folder");

    /// <summary>A server that refuses every recipient (550, quoting the address).</summary>
    public static SmtpListener RefusingRecipients() => new("RefuseRecipients");

    /// <summary>A port on 127.0.0.1 that nothing listens on.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>The newest message to <paramref name="recipient"/>, waiting up to 10 s for it to arrive.</summary>
    public async Task<MimeMessage> WaitForAsync(string recipient)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = Directory.GetFiles(Folder, "*.eml").Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(a => a.Address.Equals(recipient, StringComparison.OrdinalIgnoreCase)))
                .OrderBy(m => m.Date).LastOrDefault();
            if (found is not null)
                return found;
            if (DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"No message to {recipient} reached the SMTP listener on port {Port}.");
            await Task.Delay(50);
        }
    }

    /// <summary>Stops the server once; a second call (a host factory disposes twice) does nothing.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static string HandlersFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cims.sln")))
                dir = dir.Parent;
            return Path.Combine(dir!.FullName, "tests", "Cims.Web.Tests", "Email");
        }
    }
}
