using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Incidents.Endorsement;

/// <summary>CIMS with the monthly batch job off, so tests run the batch themselves with a chosen clock.</summary>
public abstract class EndorsementApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Cims:MonthlyBatchEnabled", "false")];
}

public sealed class SqliteEndorsementApp() : EndorsementApp(DatabaseProvider.Sqlite);

public sealed class PostgresEndorsementApp() : EndorsementApp(DatabaseProvider.Postgres);

/// <summary>Helpers for the incident and endorsement pages: reading incidents and posting the review forms.</summary>
public static class ReviewForms
{
    public const string Reporter = "reporter@agency-one.example";
    public const string DelegateEmail = "delegate@agency-one.example";
    public const string OtherDelegateEmail = "delegate@agency-two.example";

    public static Task<Incident> LoadAsync(CimsAppFactory app, int id) =>
        app.WithDbAsync(db => db.Incidents.AsNoTracking().AsSplitQuery().SingleAsync(i => i.Id == id));

    /// <summary>Opens the review page, takes the token and the Version of the <paramref name="action"/> form, and posts it.</summary>
    public static async Task<HttpResponseMessage> PostAsync(FormClient client, int id, string action, Dictionary<string, string>? fields = null)
    {
        var page = await client.GetPageAsync($"/Endorsement/{id}");
        var form = page.QuerySelector($"form[action='/Endorsement/{id}/{action}']")
            ?? throw new InvalidOperationException($"The review page has no {action} form.");
        var version = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"The {action} form has no antiforgery token.");
        var all = new Dictionary<string, string>(fields ?? []) { ["Version"] = version };
        return await client.PostWithTokenAsync($"/Endorsement/{id}/{action}", token, all);
    }

    public static async Task SetDueAsync(CimsAppFactory app, int id, DateTimeOffset due) =>
        await app.WithDbAsync(async db =>
        {
            var incident = await db.Incidents.SingleAsync(i => i.Id == id);
            incident.SetDeadline(new Deadline(due, "Test rule."));
            return await db.SaveChangesAsync();
        });
}
