using System.Net;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Incidents.Investigations;

/// <summary>An investigation manager sees the incidents whose investigation they manage, not the rest of the organisation's.</summary>
public abstract class ManagerAccessTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task IncidentPage_AssignedInvestigation_ShownToItsManagerWithTheInvestigation()
    {
        var (incidentId, investigationId) = await AssignedAsync(app);
        var client = await FormClient.SignedInAsync(app, Investigator);

        var page = await client.GetPageAsync($"/Incidents/{incidentId}");
        var pdf = await client.Http.GetAsync($"/Incidents/{incidentId}/Pdf");

        Assert.NotNull(page.QuerySelector($"a[href='/Investigations/{investigationId}']"));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
    }

    [Fact]
    public async Task IncidentPages_OrganisationIncidentNotAssignedToThem_NotFoundOnGetAndPost()
    {
        var unassigned = await AwaitingInvestigatorAsync(app);
        var (otherManagers, _) = await AssignedAsync(app, managerEmail: DelegateEmail);
        var client = await FormClient.SignedInAsync(app, Investigator);

        foreach (var id in new[] { unassigned, otherManagers })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Incidents/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Incidents/{id}/Pdf")).StatusCode);
            var post = await client.PostFormAsync("/Incidents", $"/Incidents/{id}/Addendum", new() { ["Text"] = "A correction.", ["Version"] = "1" });
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
    }

    [Fact]
    public async Task Register_InvestigationManager_ListsOnlyTheIncidentsAssignedToThem()
    {
        var unassigned = await AwaitingInvestigatorAsync(app);
        var (assigned, _) = await AssignedAsync(app);
        var client = await FormClient.SignedInAsync(app, Investigator);

        var register = await client.GetPageAsync("/Incidents?Status=FollowUpDetermined");
        var links = register.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains($"/Incidents/{assigned}", links);
        Assert.DoesNotContain($"/Incidents/{unassigned}", links);
        Assert.Contains("whose investigation is assigned to you", register.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class SqliteManagerAccessTests(SqliteApp app) : ManagerAccessTests<SqliteApp>(app);

public sealed class PostgresManagerAccessTests(PostgresApp app) : ManagerAccessTests<PostgresApp>(app);
