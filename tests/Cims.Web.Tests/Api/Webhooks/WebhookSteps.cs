using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Cims.Web.Features.Api.Webhooks.Delivery;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Api.Webhooks;

/// <summary>What the webhook tests do: register through the page as an organisation administrator, deliver, verify as a vendor would.</summary>
public static class WebhookSteps
{
    public const string OrgAdmin = "orgadmin@agency-one.example";

    /// <summary>Pauses every webhook the class's earlier tests left, so a run delivers only to this test's listener.</summary>
    public static Task QuietOthersAsync(CimsAppFactory app) =>
        app.WithDbAsync(db => db.WebhookSubscriptions.ExecuteUpdateAsync(s => s.SetProperty(w => w.Paused, true)));

    /// <summary>Posts the add form (antiforgery token from the page) and reads the secret the next page shows once.</summary>
    public static async Task<(int Id, string Secret)> RegisterAsync(FormClient admin, string url, params string[] events)
    {
        var response = await PostCreateAsync(admin, url, events);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var page = await admin.GetPageAsync(location);
        var secret = page.QuerySelector("#webhook-secret")!.TextContent.Trim();
        return (int.Parse(location.Split('/')[^1], CultureInfo.InvariantCulture), secret);
    }

    public static async Task<HttpResponseMessage> PostCreateAsync(FormClient admin, string url, params string[] events)
    {
        var token = FormClient.Token(await admin.GetPageAsync("/Webhooks/Create"));
        var fields = new List<KeyValuePair<string, string>> { new("Url", url), new("Description", "Our client management system") };
        fields.AddRange(events.Select(e => new KeyValuePair<string, string>("Events", e)));
        return await admin.PostWithTokenAsync("/Webhooks/Create", token, fields);
    }

    /// <summary>Posts one of a webhook page's buttons with the page's token and the webhook's version.</summary>
    public static async Task<HttpResponseMessage> PressAsync(FormClient admin, int id, string button)
    {
        var page = await admin.GetPageAsync($"/Webhooks/{id}");
        var version = page.QuerySelector($"form[action='/Webhooks/{id}/{button}'] input[name=Version]")?.GetAttribute("value") ?? "";
        return await admin.PostWithTokenAsync($"/Webhooks/{id}/{button}", FormClient.Token(page), [new("Version", version)]);
    }

    /// <summary>One run of the delivery job's work.</summary>
    public static async Task<int> DeliverAsync(CimsAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DeliverWebhooks>().RunAsync(CancellationToken.None);
    }

    /// <summary>What a receiver does: recompute the HMAC of "{timestamp}.{body}" with its secret and compare it with each v1= of the header.</summary>
    public static bool SignedWith(ReceivedEvent received, string secret)
    {
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{received.Timestamp}.{received.Body}")));
        return received.Signature!.Split(',').Select(p => p.Trim()).Any(p => p == "v1=" + expected);
    }
}
