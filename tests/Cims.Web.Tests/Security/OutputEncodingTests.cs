using System.Net;
using Cims.Domain.Privacy;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.PrivacyReport;

namespace Cims.Web.Tests.Security;

/// <summary>
/// Text a user typed comes back as text: Razor encodes it, so markup in a value never becomes markup in the page
/// (ASVS 1.1.2, 1.2.1). Not data-dependent, so SQLite only.
/// </summary>
public sealed class OutputEncodingTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Markup = "\"><script>alert('x')</script><img src=x onerror=alert(1)>";

    [Fact]
    public async Task Description_WithMarkup_ShownAsTextNeverAsMarkup()
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Description);

        var saved = await client.PostStageAsync("Description", new() { ["Location"] = Markup, ["Description"] = Markup, ["Nav"] = "back" });
        Assert.Equal("/PrivacyReport/Dates", saved.Headers.Location?.OriginalString);
        var response = await client.Http.GetAsync("/PrivacyReport/Description");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal(Markup, page.QuerySelector("#Location")!.GetAttribute("value"));
        Assert.Equal(Markup, page.QuerySelector("#Description")!.TextContent.TrimStart('\n'));
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("img[onerror]"));
    }

    [Fact]
    public async Task SignIn_TypedMarkup_RedisplayedAsTextNeverAsMarkup()
    {
        var response = await FormClient.For(app).PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Email"] = Markup, ["Password"] = "anything at all" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal(Markup, page.QuerySelector("#Email")!.GetAttribute("value"));
    }
}
