using System.Net;
using Cims.Domain.Investigations;
using Cims.Web.Tests.Account;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Incidents.Investigations;

public abstract class AssignmentTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private static string AssignUrl(int incidentId) => $"/Incidents/{incidentId}/Investigation/Assign";

    [Fact]
    public async Task IncidentPage_FollowUpNeedsInvestigation_OffersTheDelegateTheAssignment()
    {
        var id = await AwaitingInvestigatorAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);

        var page = await client.GetPageAsync($"/Incidents/{id}");

        Assert.NotNull(page.QuerySelector($"a[href='{AssignUrl(id)}']"));
        var reporter = await FormClient.SignedInAsync(app, OrganisationReporter);
        Assert.Null((await reporter.GetPageAsync($"/Incidents/{id}")).QuerySelector($"a[href='{AssignUrl(id)}']"));
    }

    [Fact]
    public async Task Assign_InvestigationManager_OpensTheInvestigationAndTellsTheManager()
    {
        var id = await AwaitingInvestigatorAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var form = await client.GetPageAsync(AssignUrl(id));
        var managerId = form.QuerySelectorAll("#ManagerUserId option").Single(o => o.TextContent == "Ian Investigator").GetAttribute("value")!;

        var response = await client.PostWithTokenAsync(AssignUrl(id), FormClient.Token(form),
            [new("Version", Version(form)), new("Kind", "Internal"), new("ManagerUserId", managerId)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var investigation = await app.WithDbAsync(db => db.Investigations.AsNoTracking().SingleAsync(i => i.IncidentId == id));
        Assert.Equal($"/Investigations/{investigation.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(("Ian Investigator", InvestigationStatus.PlanInPreparation), (investigation.Manager.Name, investigation.Status));
        Assert.NotNull(investigation.DueAt);
        Assert.Equal("Dana Delegate", investigation.History.Single().ByName);
        Assert.Contains(MailBox.FilesFor(app.MailFolder, Investigator).Select(MailBox.Body), b => b.Contains($"/Investigations/{investigation.Id}"));
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var list = await manager.GetPageAsync("/Investigations");
        Assert.Contains("Ian Investigator (you)", list.QuerySelector("table")!.TextContent);
        var incidentPage = await client.GetPageAsync($"/Incidents/{id}");
        Assert.Contains("Assigned", incidentPage.QuerySelector("#investigation-history")!.TextContent);
    }

    [Fact]
    public async Task Assign_ExternalWithoutContact_SaysWhatIsMissingAndKeepsWhatWasTyped()
    {
        var id = await AwaitingInvestigatorAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var form = await client.GetPageAsync(AssignUrl(id));

        var response = await client.PostWithTokenAsync(AssignUrl(id), FormClient.Token(form),
            [new("Version", Version(form)), new("Kind", "External"), new("ExternalName", "Pat Outside"), new("ExternalOrganisation", "Acme Investigations")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains("how to contact", page.QuerySelector("#ExternalContact-error")!.TextContent);
        Assert.Contains("accountable", page.QuerySelector("#AccountableUserId-error")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-error-summary]"));
        Assert.Equal("Pat Outside", page.QuerySelector("#ExternalName")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("#Kind-External")!.HasAttribute("checked"));
        Assert.False(await app.WithDbAsync(db => db.Investigations.AnyAsync(i => i.IncidentId == id)));
    }

    [Fact]
    public async Task Assign_ExternalInvestigator_TheAccountableUserWorksOnIt()
    {
        var id = await AwaitingInvestigatorAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var form = await client.GetPageAsync(AssignUrl(id));
        var accountable = form.QuerySelectorAll("#AccountableUserId option").Single(o => o.TextContent == "Ian Investigator").GetAttribute("value")!;

        await client.PostWithTokenAsync(AssignUrl(id), FormClient.Token(form),
        [
            new("Version", Version(form)), new("Kind", "External"), new("ExternalName", "Pat Outside"),
            new("ExternalOrganisation", "Acme Investigations"), new("ExternalContact", "pat@acme.example"), new("AccountableUserId", accountable),
        ]);

        var investigation = await app.WithDbAsync(db => db.Investigations.AsNoTracking().SingleAsync(i => i.IncidentId == id));
        Assert.True(investigation.Manager.IsExternal);
        Assert.Equal(("Pat Outside", accountable), (investigation.Manager.Name, investigation.Manager.ResponsibleUserId));
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var page = await manager.GetPageAsync($"/Investigations/{investigation.Id}");
        Assert.NotNull(page.QuerySelector($"a[href='/Investigations/{investigation.Id}/Plan']"));
    }

    [Fact]
    public async Task Assign_AnotherOrganisationsIncident_IsNotFoundOnGetAndPost()
    {
        var id = await AwaitingInvestigatorAsync(app);
        var other = await FormClient.SignedInAsync(app, OtherDelegate);
        var own = await FormClient.SignedInAsync(app, DelegateEmail);
        var form = await own.GetPageAsync(AssignUrl(id));
        var token = FormClient.Token(await other.GetPageAsync("/Incidents/Report/Start"));

        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(AssignUrl(id))).StatusCode);
        var post = await other.PostWithTokenAsync(AssignUrl(id), token, [new("Version", Version(form)), new("Kind", "External"),
            new("ExternalName", "X"), new("ExternalOrganisation", "Y"), new("ExternalContact", "Z"), new("AccountableUserId", "any")]);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Investigations.AnyAsync(i => i.IncidentId == id)));
    }

    [Fact]
    public async Task Reassign_WithReason_MovesItAndKeepsTheHistory()
    {
        var (incidentId, id) = await AssignedAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var url = $"/Investigations/{id}/Reassign";
        var form = await client.GetPageAsync(url);
        var accountable = form.QuerySelectorAll("#AccountableUserId option").Single(o => o.TextContent == "Dana Delegate").GetAttribute("value")!;

        var missing = await FormClient.ParseAsync(await client.PostWithTokenAsync(url, FormClient.Token(form),
        [
            new("Version", Version(form)), new("Kind", "External"), new("ExternalName", "Pat Outside"),
            new("ExternalOrganisation", "Acme"), new("ExternalContact", "0355509999"), new("AccountableUserId", accountable),
        ]));
        Assert.Contains("Enter the reason", missing.QuerySelector("#Reason-error")!.TextContent);
        var response = await client.PostWithTokenAsync(url, FormClient.Token(missing),
        [
            new("Version", Version(missing)), new("Kind", "External"), new("ExternalName", "Pat Outside"),
            new("ExternalOrganisation", "Acme"), new("ExternalContact", "0355509999"), new("AccountableUserId", accountable),
            new("Reason", "Ian is on leave for a month."),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var investigation = await LoadAsync(app, id);
        Assert.Equal("Pat Outside", investigation.Manager.Name);
        Assert.Equal("From Ian Investigator to Pat Outside (Acme), external; accountable: Dana Delegate. Ian is on leave for a month.", investigation.History[^1].Reason);
        var page = await client.GetPageAsync($"/Incidents/{incidentId}");
        Assert.Contains("Reassigned", page.QuerySelector("#investigation-history")!.TextContent);
    }
}

public sealed class SqliteAssignmentTests(SqliteApp app) : AssignmentTests<SqliteApp>(app);

public sealed class PostgresAssignmentTests(PostgresApp app) : AssignmentTests<PostgresApp>(app);
