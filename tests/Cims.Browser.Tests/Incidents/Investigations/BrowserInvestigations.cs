using Cims.Browser.Tests.Incidents.Department;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Browser.Tests.Incidents.Investigations;

/// <summary>
/// Puts an investigation straight into the browser app's database: an E3 (2026) major physical abuse by a staff member,
/// whose follow-up is an investigation by rule, assigned to the demo investigator with the plan endorsed.
/// </summary>
public static class BrowserInvestigations
{
    public const string Investigator = "investigator@agency-one.example";

    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static readonly InvestigationPlan Plan = new(
        "Senior practitioner", "03 5550 1111", new DateOnly(2026, 11, 24), new DateOnly(2026, 12, 18),
        "Jo said a support worker pushed her in the lounge room.", "Police were told (A-123).",
        "Interview Jo, Pat Staff and the two staff on shift.");

    /// <summary>An investigation in progress, with the allegations the report proposes; returns its id.</summary>
    public static async Task<int> InProgressAsync(IServiceProvider services)
    {
        var incidentId = await BrowserIncidents.SubmittedAsync(services, new DateOnly(2026, 11, 23));
        int id;
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
            var manager = (await scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>().FindByEmailAsync(Investigator))!;
            var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
            var investigation = Investigation.Open(incident, Assignee.Internal(manager.Id, manager.DisplayName, manager.Email), new Actor("builder", "Test Builder"), Now).MustSucceed();
            db.Investigations.Add(investigation);
            await db.SaveChangesAsync();
            id = investigation.Id;
        }

        await EndorsePlanAsync(services, id);
        return id;
    }

    /// <summary>
    /// Takes an assigned investigation through its plan (written by its manager, endorsed) to "in progress", with the
    /// allegations the report proposes; with <paramref name="decided"/>, a finding on every allegation and a recommendation.
    /// </summary>
    public static async Task EndorsePlanAsync(IServiceProvider services, int id, bool decided = false)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var investigation = await db.Investigations.SingleAsync(i => i.Id == id);
        var incident = await db.Incidents.SingleAsync(i => i.Id == investigation.IncidentId);
        var builder = new Actor("builder", "Test Builder");
        investigation.SavePlan(Plan, Now).MustSucceed();
        investigation.SubmitPlan(new Actor(investigation.Manager.ResponsibleUserId, investigation.Manager.ResponsibleName), Now).MustSucceed();
        investigation.EndorsePlan(incident, builder, Now).MustSucceed();
        investigation.Propose(Investigation.ProposedBy(incident, "Physical abuse"));
        if (decided)
        {
            foreach (var allegation in investigation.Allegations)
                investigation.RecordFinding(allegation.Number, AllegationFinding.Substantiated, "Two staff saw it; Pat admitted it.", Now).MustSucceed();
            investigation.Recommend("Roster two staff on evening shifts.", "Operations manager", new DateOnly(2027, 3, 1), Now).MustSucceed();
        }

        await db.SaveChangesAsync();
    }
}
