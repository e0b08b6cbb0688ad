using Cims.Domain.Incidents;
using Cims.Web.Features.Api.Webhooks;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.Api.Webhooks.WebhookSteps;

namespace Cims.Web.Tests.Api.Webhooks;

/// <summary>A host whose delivery job runs (Api:Webhooks:Enabled, every second), as on a web node.</summary>
public sealed class DeliveringApp() : CimsAppFactory(Cims.Web.Data.DatabaseProvider.Sqlite)
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Api:Webhooks:Enabled", "true"), new("Api:Webhooks:IntervalSeconds", "1")];
}

/// <summary>The delivery job as a web node runs it.</summary>
public sealed class WebhookJobTests(DeliveringApp app) : IClassFixture<DeliveringApp>
{
    [Fact]
    public async Task Job_Enabled_DeliversWithinItsIntervalWithoutBeingAsked()
    {
        await using var listener = await WebhookListener.StartAsync();
        var admin = await FormClient.SignedInAsync(app, OrgAdmin);
        var (webhook, secret) = await RegisterAsync(admin, listener.Url, WebhookEventTypes.Submitted);

        await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (listener.Received.IsEmpty && DateTime.UtcNow < deadline)
            await Task.Delay(200);
        var received = Assert.Single(listener.Received);
        Assert.True(SignedWith(received, secret));
        await PressAsync(admin, webhook, "Pause");
    }
}
