using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cims.Web.Tests.Api.Webhooks;

/// <summary>What a vendor's receiver got: the headers CIMS sends and the body as it arrived.</summary>
public sealed record ReceivedEvent(string? EventId, string? Type, string? Timestamp, string? Signature, string Body);

/// <summary>
/// A provider system's receiving end: a real Kestrel server on 127.0.0.1 (a port of its own) that keeps every POST and
/// answers with the next of its scripted status codes (then 200 for ever).
/// </summary>
public sealed class WebhookListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _answers;

    private WebhookListener(WebApplication app, IEnumerable<int> answers)
    {
        _app = app;
        _answers = new ConcurrentQueue<int>(answers);
    }

    public ConcurrentQueue<ReceivedEvent> Received { get; } = new();

    public string Url { get; private set; } = "";

    public static async Task<WebhookListener> StartAsync(params int[] answers)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var listener = new WebhookListener(builder.Build(), answers);
        listener._app.MapPost("/cims/events", listener.ReceiveAsync);
        await listener._app.StartAsync();
        var address = listener._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        listener.Url = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/cims/events";
        return listener;
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        Received.Enqueue(new ReceivedEvent(
            request.Headers["Cims-Event-Id"], request.Headers["Cims-Event-Type"], request.Headers["Cims-Timestamp"], request.Headers["Cims-Signature"], body));
        return Results.StatusCode(_answers.TryDequeue(out var status) ? status : 200);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
