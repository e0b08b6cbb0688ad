using System.Net;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Incidents.ActionRegister;

public abstract class ActionRegisterTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private static readonly DateOnly LongAgo = new(2026, 1, 15);
    private static readonly DateOnly Later = new(2099, 6, 30);

    [Fact]
    public async Task Register_ClosedIncidentsActions_StillListedWithTheOverdueOneFlagged()
    {
        var (incidentId, id) = await AcceptedWithActionsAsync("Roster two staff on evenings (overdue test)", "Retrain the team (later test)");
        var client = await FormClient.SignedInAsync(app, DelegateEmail);

        var page = await client.GetPageAsync("/Actions");

        Assert.Equal(IncidentStatus.Closed, await app.WithDbAsync(db => db.Incidents.Where(i => i.Id == incidentId).Select(i => i.Status).SingleAsync()));
        var overdue = page.QuerySelector($"tr[data-action='{id}-1']")!;
        var later = page.QuerySelector($"tr[data-action='{id}-2']")!;
        Assert.NotNull(overdue.QuerySelector("[data-overdue]"));
        Assert.Null(later.QuerySelector("[data-overdue]"));
        Assert.NotNull(overdue.QuerySelector($"a[href='/Investigations/{id}/Recommendations/1']"));
        var overdueOnly = await client.GetPageAsync("/Actions?view=Overdue");
        Assert.NotNull(overdueOnly.QuerySelector($"tr[data-action='{id}-1']"));
        Assert.Null(overdueOnly.QuerySelector($"tr[data-action='{id}-2']"));
    }

    [Fact]
    public async Task Track_DoneAfterClosureWithEvidence_MovesToDoneAndCountsInTheDepartmentsRate()
    {
        var (_, id) = await AcceptedWithActionsAsync("Roster two staff on evenings", "Retrain the team");
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var form = await client.GetPageAsync($"/Investigations/{id}/Recommendations/1");

        var noEvidence = await client.PostWithTokenAsync($"/Investigations/{id}/Recommendations/1", FormClient.Token(form),
            [new("Version", Version(form)), new("Status", "Done"), new("Note", "")]);
        var done = await client.PostWithTokenAsync($"/Investigations/{id}/Recommendations/1", FormClient.Token(form),
            [new("Version", Version(form)), new("Status", "Done"), new("Note", "January roster: two staff every evening.")]);

        Assert.Contains("Describe the evidence", (await FormClient.ParseAsync(noEvidence)).QuerySelector("#Note-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var doneRow = (await client.GetPageAsync("/Actions?view=Done")).QuerySelector($"tr[data-action='{id}-1']")!;
        Assert.Contains("January roster: two staff every evening.", doneRow.TextContent, StringComparison.Ordinal);
        var staff = await FormClient.SignedInAsync(app, DepartmentStaff);
        var department = await staff.GetPageAsync("/Actions?view=All");
        Assert.NotNull(department.QuerySelector($"tr[data-action='{id}-1']"));
        var rate = department.QuerySelectorAll("#completion-rates tbody tr").Single(tr => tr.TextContent.Contains("Agency One", StringComparison.Ordinal));
        var (total, doneCount) = await app.WithDbAsync(async db =>
        {
            var recommendations = await db.Investigations.AsNoTracking().Where(v => v.OrganisationId == db.Investigations.Single(x => x.Id == id).OrganisationId
                && v.Status != InvestigationStatus.Withdrawn && v.PlanEndorsedAt != null).SelectMany(v => v.Recommendations).ToListAsync();
            return (recommendations.Count, recommendations.Count(r => r.Status == RecommendationStatus.Done));
        });
        Assert.Equal([total.ToString(System.Globalization.CultureInfo.InvariantCulture), doneCount.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            rate.QuerySelectorAll("td").Take(2).Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task Register_AnotherOrganisation_SeesNoneOfTheActionsAndCannotTrackThem()
    {
        var (_, id) = await AcceptedWithActionsAsync("Roster two staff on evenings", "Retrain the team");
        var other = await FormClient.SignedInAsync(app, OtherDelegate);
        var home = await other.GetPageAsync("/");

        var page = await other.GetPageAsync("/Actions?view=All");
        var get = await other.Http.GetAsync($"/Investigations/{id}/Recommendations/1");
        var post = await other.PostWithTokenAsync($"/Investigations/{id}/Recommendations/1", FormClient.Token(home),
            [new("Version", (await LoadAsync(app, id)).Version.ToString()), new("Status", "Done"), new("Note", "Not ours.")]);

        Assert.Null(page.QuerySelector($"tr[data-action='{id}-1']"));
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(RecommendationStatus.Open, (await LoadAsync(app, id)).Recommendations.Single(r => r.Number == 1).Status);
    }

    [Fact]
    public async Task Register_InvestigationManager_SeesOnlyTheirInvestigationsActions()
    {
        var (_, mine) = await AcceptedWithActionsAsync("Roster two staff on evenings", "Retrain the team");
        var (_, theirs) = await AcceptedWithActionsAsync("Review the care plan", "Audit the files", managerEmail: DelegateEmail);
        var manager = await FormClient.SignedInAsync(app, Investigator);

        var page = await manager.GetPageAsync("/Actions?view=All");

        Assert.NotNull(page.QuerySelector($"tr[data-action='{mine}-1']"));
        Assert.Null(page.QuerySelector($"tr[data-action='{theirs}-1']"));
    }

    [Fact]
    public async Task Register_UnknownFilterValues_ShowTheDefaultViewNotAnError()
    {
        var client = await FormClient.SignedInAsync(app, DepartmentStaff);

        var response = await client.Http.GetAsync("/Actions?view=%3Cscript%3E&organisationId=abc&page=-4");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Open", (await FormClient.ParseAsync(response)).QuerySelector("#view option[selected]")?.GetAttribute("value"));
    }

    /// <summary>An investigation accepted by the department (its incident closed) with two recommendations: one overdue, one due in 2099.</summary>
    private async Task<(int IncidentId, int Id)> AcceptedWithActionsAsync(string overdue, string later, string managerEmail = Investigator)
    {
        var (incidentId, id) = await AssignedAsync(app, CompletePlan, managerEmail);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var investigation = await db.Investigations.SingleAsync(i => i.Id == id);
        var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
        var by = new Actor("builder", "Test Builder");
        investigation.EndorsePlan(incident, by, IncidentBuilder.Now).MustSucceed();
        investigation.Propose(Investigation.ProposedBy(incident, "Physical abuse"));
        foreach (var allegation in investigation.Allegations)
            investigation.RecordFinding(allegation.Number, AllegationFinding.Substantiated, "Two staff saw it.", IncidentBuilder.Now).MustSucceed();
        investigation.Recommend(overdue, "Operations manager", LongAgo, IncidentBuilder.Now).MustSucceed();
        investigation.Recommend(later, "Practice lead", Later, IncidentBuilder.Now).MustSucceed();
        investigation.SaveOutcome(new InvestigationOutcome("Pat Staff was stood down.", null, null, null), IncidentBuilder.Now).MustSucceed();
        investigation.SubmitOutcome(incident, by, IncidentBuilder.Now).MustSucceed();
        investigation.ApproveOutcome(incident, by, IncidentBuilder.Now).MustSucceed();
        investigation.AcceptOutcome(incident, by, IncidentBuilder.Now).MustSucceed();
        await db.SaveChangesAsync();
        return (incidentId, id);
    }
}

public sealed class SqliteActionRegisterTests(SqliteApp app) : ActionRegisterTests<SqliteApp>(app);

public sealed class PostgresActionRegisterTests(PostgresApp app) : ActionRegisterTests<PostgresApp>(app);
