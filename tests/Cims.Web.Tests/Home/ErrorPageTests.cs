using System.Net;
using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Home;

/// <summary>
/// An unexpected error while handling a form shows the error page with status 500, whatever the method: the
/// error page is re-executed with the failed request's method, and once answered only GET (a "405" page).
/// </summary>
public sealed class ErrorPageTests(ErrorPageTests.FailingApp app) : IClassFixture<ErrorPageTests.FailingApp>
{
    [Fact]
    public async Task Post_ThrowsWhileSaving_ShowsTheErrorPageWith500()
    {
        var client = FormClient.For(app);
        var token = FormClient.Token(await client.GetPageAsync("/PrivacyReport"));

        app.Clock.FailNextRead();
        var response = await client.PostWithTokenAsync("/PrivacyReport/Proceed", token, []);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal("Something went wrong", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("status 500", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The system clock, except that it throws once when told to: an unexpected failure deep in a request.</summary>
    public sealed class FailingClock : TimeProvider
    {
        private int _armed;

        public void FailNextRead() => Interlocked.Exchange(ref _armed, 1);

        public override DateTimeOffset GetUtcNow() =>
            Interlocked.Exchange(ref _armed, 0) == 1
                ? throw new InvalidOperationException("The clock failed (test).")
                : System.GetUtcNow();

        public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
    }

    public sealed class FailingApp() : CimsAppFactory(DatabaseProvider.Sqlite)
    {
        public FailingClock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
        }
    }
}
