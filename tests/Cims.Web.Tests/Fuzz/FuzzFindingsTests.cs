using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Cims.Web.Infrastructure.Requests;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Fuzz;

/// <summary>What the fuzzer found, each kept from coming back; and its oracle, shown to fail when it should.</summary>
public sealed class FuzzFindingsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task FormPost_Utf7Charset_Answers415WithAMessage_Not500()
    {
        var client = FormClient.For(app);
        var token = FormClient.Token(await client.GetPageAsync("/Account/Login"));
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes($"Email=a%40b.example&Password=x&__RequestVerificationToken={token}"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded; charset=utf-7");

        var response = await client.Http.PostAsync("/Account/Login", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("could not read the form", (await FormClient.ParseAsync(response)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiPost_UnknownCharset_Answers415ProblemDetailsSayingUtf8()
    {
        var content = new StringContent("{}");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=x-no-such-set");

        var response = await app.CreateClient().PostAsync("/api/v1/incidents", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains(UnreadableCharset.Message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Oracle_ServerErrorOrARefusalThatStoredARow_IsAFinding()
    {
        var input = new FuzzInput(null!, "", "/x", "urlencoded: a=b", WithoutToken: false, new HttpRequestMessage());

        var crashed = FuzzOracle.Judge(input, HttpStatusCode.InternalServerError, "text/html", "<main>Something went wrong here</main>", 1, []).ToList();
        var halfStored = FuzzOracle.Judge(input, HttpStatusCode.BadRequest, "application/problem+json", "{\"title\":\"Bad Request\"}", 0, ["Incidents 1→2"]).ToList();
        var unprotected = FuzzOracle.Judge(input with { WithoutToken = true }, HttpStatusCode.Redirect, null, "", 0, []).ToList();

        Assert.Equal(["server error 500", "1 error(s) logged"], crashed);
        Assert.Equal(["refused (400) but stored: Incidents 1→2", "refused (400) with problem details saying nothing to act on: \"{\\\"title\\\":\\\"Bad Request\\\"}\""], halfStored);
        Assert.Equal(["answered 302 without a valid antiforgery token (400 expected)"], unprotected);
    }
}
