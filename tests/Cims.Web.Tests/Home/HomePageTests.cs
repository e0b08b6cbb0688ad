using System.Net;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Home;

public abstract class HomePageTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Home_Anonymous_OffersSignInAndPrivacyReport()
    {
        var page = await FormClient.For(app).GetPageAsync("/");

        var links = page.QuerySelectorAll("main a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("Sign in", "/Account/Login"), links);
        Assert.Contains(("Report a privacy incident", "/PrivacyReport"), links);
    }

    [Fact]
    public async Task PrivacyReportLink_Anonymous_OpensTheLandingPage()
    {
        var page = await FormClient.For(app).GetPageAsync("/PrivacyReport");

        Assert.Equal("Report a privacy incident", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("form[action='/PrivacyReport/Proceed']"));
    }

    [Fact]
    public async Task Health_LiveAndReady_Return200()
    {
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignIn_DemoReporter_LandsOnTheirHomePage()
    {
        var client = await FormClient.SignedInAsync(app, "reporter@agency-one.example");

        var page = await client.GetPageAsync("/");

        Assert.Equal("Welcome, Riley Reporter", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsMessageAndKeepsEmail()
    {
        var client = FormClient.For(app);

        var response = await client.PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Email"] = "staff@department.example", ["Password"] = "not-the-password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains("is not right", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("staff@department.example", page.QuerySelector("#Email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SignIn_EmptyFields_ShowsMessagesBesideFieldsAndInSummary()
    {
        var response = await FormClient.For(app).PostFormAsync("/Account/Login", "/Account/Login", new() { ["Email"] = "", ["Password"] = "" });

        var page = await FormClient.ParseAsync(response);
        Assert.Equal("Enter your e-mail address.", page.QuerySelector("#Email-error")!.TextContent.Trim());
        Assert.Equal("Enter your password.", page.QuerySelector("#Password-error")!.TextContent.Trim());
        Assert.Equal("true", page.QuerySelector("#Email")!.GetAttribute("aria-invalid"));
        Assert.Equal(2, page.QuerySelectorAll(".error-summary li a").Length);
    }

    [Fact]
    public async Task UnknownPage_Anonymous_RedirectsToSignIn()
    {
        var response = await FormClient.For(app).Http.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task UnknownPage_SignedIn_Returns404WithAFriendlyPage()
    {
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var response = await client.Http.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
    }
}

public sealed class SqliteHomePageTests(SqliteApp app) : HomePageTests<SqliteApp>(app);

public sealed class PostgresHomePageTests(PostgresApp app) : HomePageTests<PostgresApp>(app);
