using System.Net;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Account;

/// <summary>A page a signed-in user may not open ends on "Access denied" with status 403, not 200.</summary>
public sealed class AccessDeniedTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("reporter@agency-one.example", "/Users")]
    [InlineData("delegate@agency-one.example", "/Organisations")]
    [InlineData("analyst@department.example", "/Audit")]
    public async Task ForbiddenPage_SignedIn_EndsOnAccessDeniedWith403(string email, string path)
    {
        var client = await FormClient.SignedInAsync(app, email);

        var denied = await client.Http.GetAsync(path);
        var page = await client.Http.GetAsync(denied.Headers.Location);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        var document = await FormClient.ParseAsync(page);
        Assert.Equal("Access denied", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }
}
