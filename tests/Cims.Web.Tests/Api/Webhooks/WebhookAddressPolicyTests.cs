using System.Net;
using Cims.Web.Features.Api.Webhooks.Delivery;
using Microsoft.Extensions.Options;
using Cims.Web.Features.Api.Webhooks;

namespace Cims.Web.Tests.Api.Webhooks;

/// <summary>Where CIMS may send events: HTTPS only, plain HTTP only to loopback in Development and tests, never to a private network in production.</summary>
public sealed class WebhookAddressPolicyTests
{
    private static readonly WebhookAddressPolicy Production = new(allowsLocal: false);
    private static readonly WebhookAddressPolicy Testing = new(allowsLocal: true);

    [Theory]
    [InlineData("http://127.0.0.1:5000/hook")]
    [InlineData("http://localhost/hook")]
    [InlineData("http://[::1]:8080/hook")]
    [InlineData("https://cms.example.org/hook")]
    public void CheckForm_Testing_HttpsAnywhereAndHttpToLoopback(string url) => Assert.Null(Testing.CheckForm(url));

    [Theory]
    [InlineData("http://cms.example.org/hook", "webhook.url_not_https")]
    [InlineData("http://127.0.0.2.example.org/hook", "webhook.url_not_https")]
    [InlineData("ftp://cms.example.org/hook", "webhook.url_invalid")]
    [InlineData("cms.example.org/hook", "webhook.url_invalid")]
    [InlineData("https://user:pass@cms.example.org/hook", "webhook.url_credentials")]
    public void CheckForm_Testing_Refused(string url, string code) => Assert.Equal(code, Testing.CheckForm(url)?.Code);

    [Theory]
    [InlineData("http://127.0.0.1:5000/hook")]
    [InlineData("http://localhost/hook")]
    public void CheckForm_Production_NoPlainHttpEvenToLoopback(string url) =>
        Assert.Equal("webhook.url_not_https", Production.CheckForm(url)?.Code);

    [Theory]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://172.20.0.5/hook")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://100.64.0.1/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://[fe80::1]/hook")]
    [InlineData("https://[::ffff:10.0.0.1]/hook")]
    [InlineData("https://0.0.0.0/hook")]
    [InlineData("https://localhost/hook")]
    public async Task CheckAsync_Production_PrivateAndLocalAddressesRefused(string url)
    {
        var error = await Production.CheckAsync(url, CancellationToken.None);

        Assert.Equal("webhook.url_private", error?.Code);
        Assert.Equal("Url", error?.Field);
    }

    [Theory]
    [InlineData("https://93.184.216.34/hook")]
    [InlineData("https://[2606:2800:220:1:248:1893:25c8:1946]/hook")]
    public async Task CheckAsync_Production_PublicAddressAllowed(string url) => Assert.Null(await Production.CheckAsync(url, CancellationToken.None));

    [Fact]
    public async Task Send_ProductionToALoopbackListener_RefusedAtConnectAndNothingArrives()
    {
        await using var listener = await WebhookListener.StartAsync();
        using var sender = new WebhookSender(Production, Options.Create(new WebhookOptions { TimeoutSeconds = 5 }), TimeProvider.System);

        var tries = await sender.SendAsync(new WebhookRequest(listener.Url.Replace("http://", "https://", StringComparison.Ordinal), Guid.NewGuid(), "ping", "{}", ["whsec_test"]), CancellationToken.None);

        var attempt = Assert.Single(tries);
        Assert.False(attempt.Acknowledged);
        Assert.StartsWith("Refused: 127.0.0.1", attempt.Error, StringComparison.Ordinal);
        Assert.Empty(listener.Received);
    }

    [Fact]
    public void IsForbidden_PublicAddresses_Allowed()
    {
        Assert.False(WebhookAddressPolicy.IsForbidden(IPAddress.Parse("8.8.8.8")));
        Assert.False(WebhookAddressPolicy.IsForbidden(IPAddress.Parse("172.32.0.1")));
        Assert.False(WebhookAddressPolicy.IsForbidden(IPAddress.Parse("2001:4860:4860::8888")));
    }
}
