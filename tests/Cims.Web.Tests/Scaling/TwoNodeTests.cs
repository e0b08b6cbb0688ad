using System.Net;
using Cims.Web.Tests.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace Cims.Web.Tests.Scaling;

/// <summary>
/// Two web nodes over one database, as behind a load balancer: a sign-in cookie and a form token
/// issued by one node must work on the other, because nothing lives in one node's memory.
/// </summary>
public abstract class TwoNodeTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task SignInCookie_IssuedByNodeA_IsAcceptedByNodeB()
    {
        using var nodeB = new SecondNode(app);
        var cookie = await SignInCookieAsync(app, "staff@department.example");

        var clientB = nodeB.CreateClient(new() { AllowAutoRedirect = false });
        clientB.DefaultRequestHeaders.Add(HeaderNames.Cookie, cookie);
        var response = await clientB.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal("Welcome, Sam Staff", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task FormToken_IssuedByNodeA_IsAcceptedByNodeB()
    {
        using var nodeB = new SecondNode(app);
        var formFromA = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/Account/Login");
        var page = await FormClient.ParseAsync(formFromA);

        var clientB = nodeB.CreateClient(new() { AllowAutoRedirect = false });
        clientB.DefaultRequestHeaders.Add(HeaderNames.Cookie, CookieHeader(formFromA));
        var post = await clientB.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "analyst@department.example",
            ["Password"] = CimsAppFactory.Password,
            ["__RequestVerificationToken"] = FormClient.Token(page),
        }));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/", post.Headers.Location!.OriginalString);
    }

    private static async Task<string> SignInCookieAsync(CimsAppFactory node, string email)
    {
        var http = node.CreateClient(new() { AllowAutoRedirect = false });
        var login = await http.GetAsync("/Account/Login");
        var page = await FormClient.ParseAsync(login);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = CimsAppFactory.Password,
                ["__RequestVerificationToken"] = FormClient.Token(page),
            }),
        };
        request.Headers.Add(HeaderNames.Cookie, CookieHeader(login));
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return CookieHeader(response);
    }

    private static string CookieHeader(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues(HeaderNames.SetCookie, out var values)
            ? values.Select(v => v.Split(';')[0])
            : []);
}

public sealed class SqliteTwoNodeTests(SqliteApp app) : TwoNodeTests<SqliteApp>(app);

public sealed class PostgresTwoNodeTests(PostgresApp app) : TwoNodeTests<PostgresApp>(app);
