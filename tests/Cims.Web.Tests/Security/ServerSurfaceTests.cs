using System.Net;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Security;

/// <summary>
/// What a probe of the server finds: no folder listings, no source-control files, and a TRACE request that is never
/// echoed back (ASVS 13.4.1, 13.4.3, 13.4.4). Not data-dependent, so SQLite only.
/// </summary>
public sealed class ServerSurfaceTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("/.git/config")]
    [InlineData("/.git/HEAD")]
    [InlineData("/lib/")]
    [InlineData("/css/")]
    [InlineData("/js")]
    public async Task Get_SourceControlFolderAndFolderListing_NotFound(string path)
    {
        var client = await FormClient.SignedInAsync(app, "reporter@agency-one.example");

        var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Index of", body, StringComparison.Ordinal);
        Assert.DoesNotContain("[core]", body, StringComparison.Ordinal);
        Assert.DoesNotContain("ref: refs/", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/health/live")]
    public async Task Trace_AnyPath_NotEchoed(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Trace, path);
        request.Headers.Add("X-Probe", "trace-echo-marker");
        request.Headers.Add("Cookie", "cims.auth=secret-cookie-marker");

        var response = await FormClient.For(app).Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("trace-echo-marker", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-cookie-marker", body, StringComparison.Ordinal);
        Assert.NotEqual("message/http", response.Content.Headers.ContentType?.MediaType);
    }
}
