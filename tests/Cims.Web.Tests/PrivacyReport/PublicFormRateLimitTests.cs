using System.Net;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.PrivacyReport;

public sealed class PublicFormRateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task PrivacyReport_MoreRequestsThanTheLimit_Returns429WithAFriendlyPage()
    {
        var client = FormClient.For(app);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/PrivacyReport")).StatusCode);

        var response = await client.Http.GetAsync("/PrivacyReport");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("60", response.Headers.GetValues("Retry-After").Single());
        var page = await FormClient.ParseAsync(response);
        Assert.Equal("Too many requests", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);
    }
}
