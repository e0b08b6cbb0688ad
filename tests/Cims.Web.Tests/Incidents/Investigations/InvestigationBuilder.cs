using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Incidents.Investigations;

/// <summary>
/// Incidents whose follow-up, by rule, is an investigation (a major physical abuse by a staff member, reported now),
/// and their investigations put straight into the database at a chosen step.
/// </summary>
public static class InvestigationBuilder
{
    public const string DelegateEmail = "delegate@agency-one.example";
    public const string Investigator = "investigator@agency-one.example";
    public const string OtherDelegate = "delegate@agency-two.example";
    public const string OrganisationReporter = "reporter@agency-one.example";
    public const string DepartmentStaff = "staff@department.example";

    public static readonly InvestigationPlan CompletePlan = new(
        "Senior practitioner", "03 5550 1111", new DateOnly(2026, 11, 24), new DateOnly(2026, 12, 18),
        "Jo said a support worker pushed her in the lounge room.", "Police were told (A-123); they asked to be kept informed.",
        "Interview Jo, Pat Staff and the two staff on shift; review the roster and case notes.");

    /// <summary>An incident at "follow-up determined" with the follow-up "Investigation".</summary>
    public static async Task<int> AwaitingInvestigatorAsync(CimsAppFactory app)
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        var incident = await app.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal((IncidentStatus.FollowUpDetermined, FollowUpAction.Investigation), (incident.Status, incident.FollowUp));
        return id;
    }

    /// <summary>An investigation assigned to the demo investigator (or <paramref name="managerEmail"/>), with the plan (if given) saved and submitted.</summary>
    public static async Task<(int IncidentId, int InvestigationId)> AssignedAsync(CimsAppFactory app, InvestigationPlan? submittedPlan = null, string managerEmail = Investigator)
    {
        var incidentId = await AwaitingInvestigatorAsync(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var manager = await scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>().FindByEmailAsync(managerEmail)
            ?? throw new InvalidOperationException($"No user {managerEmail}.");
        var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
        var investigation = Investigation.Open(incident, Assignee.Internal(manager.Id, manager.DisplayName, manager.Email), new Actor("builder", "Test Builder"), IncidentBuilder.Now).MustSucceed();
        if (submittedPlan is not null)
        {
            investigation.SavePlan(submittedPlan, IncidentBuilder.Now).MustSucceed();
            investigation.SubmitPlan(new Actor(manager.Id, manager.DisplayName), IncidentBuilder.Now).MustSucceed();
        }

        db.Investigations.Add(investigation);
        await db.SaveChangesAsync();
        return (incidentId, investigation.Id);
    }

    /// <summary>An investigation whose plan the delegate endorsed: in progress, with the allegations the report proposes.</summary>
    public static async Task<(int IncidentId, int InvestigationId)> InProgressAsync(CimsAppFactory app)
    {
        var (incidentId, id) = await AssignedAsync(app, CompletePlan);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var investigation = await db.Investigations.SingleAsync(i => i.Id == id);
        var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
        investigation.EndorsePlan(incident, new Actor("builder", "Test Builder"), IncidentBuilder.Now).MustSucceed();
        investigation.Propose(Investigation.ProposedBy(incident, "Physical abuse"));
        await db.SaveChangesAsync();
        return (incidentId, id);
    }

    /// <summary>An investigation whose outcome (findings on every allegation, the organisation's response) waits for approval.</summary>
    public static async Task<(int IncidentId, int InvestigationId)> OutcomeSubmittedAsync(CimsAppFactory app, bool approve = false)
    {
        var (incidentId, id) = await InProgressAsync(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var investigation = await db.Investigations.SingleAsync(i => i.Id == id);
        var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
        var by = new Actor("builder", "Test Builder");
        foreach (var allegation in investigation.Allegations)
            investigation.RecordFinding(allegation.Number, AllegationFinding.Substantiated, "Two staff saw it.", IncidentBuilder.Now).MustSucceed();
        investigation.SaveOutcome(new InvestigationOutcome("Pat Staff was stood down and the team retrained.", null, null, null), IncidentBuilder.Now).MustSucceed();
        investigation.SubmitOutcome(incident, by, IncidentBuilder.Now).MustSucceed();
        if (approve)
            investigation.ApproveOutcome(incident, by, IncidentBuilder.Now).MustSucceed();
        await db.SaveChangesAsync();
        return (incidentId, id);
    }

    public static Task<Investigation> LoadAsync(CimsAppFactory app, int id) =>
        app.WithDbAsync(db => db.Investigations.AsNoTracking().SingleAsync(i => i.Id == id));

    public static string Version(AngleSharp.Html.Dom.IHtmlDocument page, string form = "form") =>
        page.QuerySelector($"{form} input[name=Version]")!.GetAttribute("value")!;
}
