using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Cims.Load;

/// <summary>
/// One simulated person's browser without JavaScript: its own cookie jar and connections, pages read with AngleSharp,
/// forms posted with every field the page holds (its antiforgery token and version among them) plus what the person
/// types. Every request's time goes to <see cref="Stats"/> under the page kind the caller names. Against a site on
/// 127.0.0.1 each browser connects from its own loopback address (the constructor's <c>source</c>), so the site and a proxy in
/// front of it see as many clients as there are users, as they would in the field.
/// </summary>
public sealed class Browser : IDisposable
{
    private static readonly HtmlParser Parser = new();

    private readonly Uri _baseUrl;
    private readonly Stats _stats;
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;

    public Browser(Uri baseUrl, Stats stats, IPAddress? source = null)
    {
        _baseUrl = baseUrl;
        _stats = stats;
        _http = new(new SocketsHttpHandler
        {
            CookieContainer = _cookies,
            UseCookies = true,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            ConnectCallback = source is null ? null : (context, ct) => ConnectFromAsync(source, context.DnsEndPoint, ct),
        })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public sealed record Page(Uri Url, IHtmlDocument Document);

    /// <summary>GETs a page that must answer 200, following redirects.</summary>
    public async Task<Page> GetAsync(string kind, string path, CancellationToken ct)
    {
        var url = new Uri(_baseUrl, path);
        for (var hops = 0; hops < 5; hops++)
        {
            using var response = await SendAsync(kind, new HttpRequestMessage(HttpMethod.Get, url));
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found)
            {
                url = new Uri(url, response.Headers.Location!);
                continue;
            }

            Expect(kind, response, HttpStatusCode.OK);
            return new Page(url, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync(ct), ct));
        }

        throw new LoadFailure($"redirect loop {kind}", url.ToString());
    }

    /// <summary>GETs a download (CSV, PDF) that must answer 200 and reads it to the end; returns its length.</summary>
    public async Task<long> DownloadAsync(string kind, string path, CancellationToken ct)
    {
        using var response = await SendAsync(kind, new HttpRequestMessage(HttpMethod.Get, new Uri(_baseUrl, path)));
        Expect(kind, response, HttpStatusCode.OK);
        return (await response.Content.ReadAsByteArrayAsync(ct)).LongLength;
    }

    /// <summary>
    /// Posts the page's form (the first whose action contains <paramref name="action"/>, or the page's main form) with its
    /// fields, <paramref name="typed"/> replacing fields of the same name. A redirect is the acknowledgement and is
    /// followed; a 200 is the form shown again with its errors, which the run counts as a rejection, unless
    /// <paramref name="answersWithPage"/> says the post shows a page (a choice that fills the next lists).
    /// </summary>
    public async Task<Page> SubmitAsync(
        string kind, Page page, IReadOnlyList<KeyValuePair<string, string>> typed, CancellationToken ct, string? action = null, bool answersWithPage = false)
    {
        var form = Forms.Find(page, action) ?? throw new LoadFailure($"no form {kind}", $"{page.Url} has no form {action}");
        var target = new Uri(page.Url, form.GetAttribute("action") ?? page.Url.PathAndQuery);
        var content = Forms.Content(form, typed);
        using var response = await SendAsync(kind, new HttpRequestMessage(HttpMethod.Post, target) { Content = content });
        if (response.StatusCode == HttpStatusCode.OK && answersWithPage)
            return new Page(target, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync(ct), ct));
        if (response.StatusCode == HttpStatusCode.OK)
            throw new LoadFailure($"rejected {kind}", Forms.FirstError(await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync(ct), ct)));
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found))
            Expect(kind, response, HttpStatusCode.Redirect);
        var next = new Uri(target, response.Headers.Location!);
        return await GetAsync(Kinds.Of(next), next.PathAndQuery, ct);
    }

    /// <summary>Sends a request of another kind (the API's JSON) with this browser's connections, timed.</summary>
    public async Task<HttpResponseMessage> SendAsync(string kind, HttpRequestMessage request)
    {
        var timer = Stopwatch.StartNew();
        try
        {
            // Not cancelled when the run's time is up: a request already sent finishes, so a write the site acknowledges is counted.
            var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
            _stats.Time(kind, timer.Elapsed);
            return response;
        }
        catch (HttpRequestException e)
        {
            throw new LoadFailure($"connection {kind}", e.Message);
        }
        catch (TaskCanceledException)
        {
            throw new LoadFailure($"timeout {kind}", $"{request.Method} {request.RequestUri} took over 30 s");
        }
        finally
        {
            request.Dispose();
        }
    }

    private static void Expect(string kind, HttpResponseMessage response, HttpStatusCode wanted)
    {
        if (response.StatusCode != wanted)
            throw new LoadFailure($"{(int)response.StatusCode} {kind}", $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}");
    }

    /// <summary>The loopback address user <paramref name="user"/> connects from when the site is on 127.0.0.1, else none.</summary>
    public static IPAddress? SourceFor(Uri site, int user) =>
        IPAddress.TryParse(site.Host, out var host) && host.Equals(IPAddress.Loopback)
            ? new IPAddress([127, 0, (byte)(1 + (user / 250)), (byte)(2 + (user % 250))])
            : null;

    private static async ValueTask<Stream> ConnectFromAsync(IPAddress source, DnsEndPoint site, CancellationToken ct)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(source, 0));
            await socket.ConnectAsync(IPAddress.Parse(site.Host), site.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Forgets the cookies of paths under <paramref name="path"/>, as a new visit in another browser would.</summary>
    public void ForgetCookies(string path)
    {
        foreach (Cookie cookie in _cookies.GetAllCookies())
        {
            if (cookie.Path.StartsWith(path, StringComparison.OrdinalIgnoreCase))
                cookie.Expired = true;
        }
    }

    public void Dispose() => _http.Dispose();
}
