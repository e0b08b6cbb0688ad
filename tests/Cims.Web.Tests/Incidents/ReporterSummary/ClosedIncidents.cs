using Cims.Domain.Incidents;
using Cims.Web.Tests.Incidents.Investigations;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Incidents.ReporterSummary;

/// <summary>Incidents of the demo reporter of Agency One, closed after their follow-up (no further action).</summary>
public static class ClosedIncidents
{
    public const string Reporter = "reporter@agency-one.example";

    public static async Task<int> CreateAsync(CimsAppFactory app)
    {
        var id = await InvestigationBuilder.AwaitingInvestigatorAsync(app);
        await app.WithDbAsync(async db =>
        {
            var incident = await db.Incidents.SingleAsync(i => i.Id == id);
            incident.Close(new Actor("builder", "Test Builder"), "No further action needed.", IncidentBuilder.Now).MustSucceed();
            return await db.SaveChangesAsync();
        });
        return id;
    }

    public static Task<Incident> LoadAsync(CimsAppFactory app, int id) =>
        app.WithDbAsync(db => db.Incidents.AsNoTracking().AsSplitQuery().SingleAsync(i => i.Id == id));
}
