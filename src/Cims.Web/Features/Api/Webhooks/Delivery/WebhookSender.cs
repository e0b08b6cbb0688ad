using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Cims.Web.Features.Api.Webhooks.Delivery;

/// <summary>What one delivery is: where, which event, the body as signed, and the secrets that sign it.</summary>
public sealed record WebhookRequest(string Url, Guid EventId, string Type, string Body, IReadOnlyList<string> Secrets);

/// <summary>One HTTP try: when, the status code or the error, how long it took; a 2xx is acknowledged.</summary>
public sealed record AttemptRecord(DateTimeOffset At, int? StatusCode, string? Error, TimeSpan Duration, bool Retryable)
{
    public bool Acknowledged => StatusCode is >= 200 and < 300;
}

/// <summary>
/// Posts a signed event. Each call is a Polly pipeline: a timeout per try (Api:Webhooks:TimeoutSeconds) inside a short
/// retry (two more tries, exponential with jitter, from one second) for a network error, a timeout, 408, 429 or 5xx. The
/// long backoff between calls is the outbox's (<see cref="DeliverWebhooks"/>), kept in the database. Redirects are not
/// followed, and the connection goes only to an address <see cref="WebhookAddressPolicy"/> allows, checked as it connects.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<AttemptRecord> _pipeline;
    private readonly TimeProvider _time;
    private readonly WebhookOptions _options;

    public WebhookSender(WebhookAddressPolicy policy, IOptions<WebhookOptions> options, TimeProvider time)
    {
        _time = time;
        _options = options.Value;
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false, // the address checked as it connects must be the receiver's, not a proxy's
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = (context, ct) => ConnectAsync(policy, context, ct),
        })
        { Timeout = Timeout.InfiniteTimeSpan };
        _pipeline = new ResiliencePipelineBuilder<AttemptRecord>()
            .AddRetry(new RetryStrategyOptions<AttemptRecord>
            {
                MaxRetryAttempts = 2,
                Delay = TimeSpan.FromSeconds(1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is TimeoutRejectedException || args.Outcome.Result is { Acknowledged: false, Retryable: true }),
            })
            .AddTimeout(_options.Timeout)
            .Build();
    }

    /// <summary>Every try made, the last one deciding: acknowledged or not.</summary>
    public async Task<IReadOnlyList<AttemptRecord>> SendAsync(WebhookRequest request, CancellationToken ct)
    {
        var tries = new List<AttemptRecord>();
        try
        {
            await _pipeline.ExecuteAsync(async token => Record(tries, await TryAsync(request, tries, token, ct)), ct);
        }
        catch (TimeoutRejectedException)
        {
            // Every try timed out: each is in the list.
        }

        return tries;
    }

    private static AttemptRecord Record(List<AttemptRecord> tries, AttemptRecord attempt)
    {
        tries.Add(attempt);
        return attempt;
    }

    private async Task<AttemptRecord> TryAsync(WebhookRequest request, List<AttemptRecord> tries, CancellationToken token, CancellationToken outer)
    {
        var at = _time.GetUtcNow();
        var started = _time.GetTimestamp();
        var timestamp = at.ToUnixTimeSeconds();
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Url)
        {
            Content = new StringContent(request.Body, Encoding.UTF8, "application/json"),
        };
        message.Headers.Add("Cims-Event-Id", request.EventId.ToString());
        message.Headers.Add("Cims-Event-Type", request.Type);
        message.Headers.Add("Cims-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        message.Headers.Add("Cims-Signature", WebhookSignature.Header(request.Secrets, timestamp, request.Body));
        message.Headers.UserAgent.ParseAdd("CIMS-Webhooks/1");
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token);
            var status = (int)response.StatusCode;
            return new AttemptRecord(at, status, null, _time.GetElapsedTime(started), status is 408 or 429 or >= 500);
        }
        catch (OperationCanceledException) when (!outer.IsCancellationRequested)
        {
            tries.Add(new AttemptRecord(at, null, $"No answer within {_options.TimeoutSeconds} seconds.", _time.GetElapsedTime(started), true));
            throw; // the pipeline's timeout: Polly counts it and may try again
        }
        catch (HttpRequestException ex) when (ex.InnerException is WebhookAddressRefusedException refused)
        {
            return new AttemptRecord(at, null, refused.Message, _time.GetElapsedTime(started), false);
        }
        catch (HttpRequestException ex)
        {
            return new AttemptRecord(at, null, $"Could not deliver: {ex.Message}", _time.GetElapsedTime(started), true);
        }
    }

    private static async ValueTask<Stream> ConnectAsync(WebhookAddressPolicy policy, SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var allowed = await policy.AllowedAddressesAsync(host, ct);
        if (allowed.Length == 0)
            throw new WebhookAddressRefusedException($"Refused: {host} resolves only to local or private network addresses, to which CIMS does not send events.");
        for (var i = 0; ; i++)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(allowed[i], context.DnsEndPoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException) when (i < allowed.Length - 1)
            {
                socket.Dispose(); // the next allowed address
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>The address a send would connect to is not one CIMS sends events to.</summary>
public sealed class WebhookAddressRefusedException(string message) : IOException(message);
