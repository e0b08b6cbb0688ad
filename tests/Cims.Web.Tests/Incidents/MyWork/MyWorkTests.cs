using AngleSharp.Html.Dom;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Incidents.MyWork;

/// <summary>"My work" on the home page: what waits for the signed-in user, soonest first, only of their organisation.</summary>
public abstract class MyWorkTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task MyWork_Delegate_SeesReportAndPlanToEndorseSoonestFirstAndNotAnotherOrganisations()
    {
        var reportId = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.AwaitingEndorsement);
        var (_, planId) = await AssignedAsync(app, CompletePlan);
        var otherReportId = await IncidentBuilder.CreateAsync(app, "reporter@agency-two.example");
        var planDue = (await LoadAsync(app, planId)).DueAt!.Value;
        await SetReportDueAsync(reportId, planDue.AddDays(1));

        var links = WorkLinks(await HomeAsync(DelegateEmail));

        var report = links.IndexOf($"/Endorsement/{reportId}");
        var plan = links.IndexOf($"/Investigations/{planId}");
        Assert.True(plan >= 0 && report > plan, $"Expected the plan (due first) before the report in: {string.Join(", ", links)}");
        Assert.DoesNotContain($"/Endorsement/{otherReportId}", links);
    }

    [Fact]
    public async Task MyWork_DelegateEndorsesThePlan_ThePlanLeavesTheirList()
    {
        var (_, id) = await AssignedAsync(app, CompletePlan);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        Assert.Contains($"/Investigations/{id}", WorkLinks(await client.GetPageAsync("/")));

        var page = await client.GetPageAsync($"/Investigations/{id}");
        await client.PostWithTokenAsync($"/Investigations/{id}/Plan/Endorse", FormClient.Token(page), [new("Version", Version(page, "form[action$='Endorse']"))]);

        Assert.DoesNotContain($"/Investigations/{id}", WorkLinks(await client.GetPageAsync("/")));
    }

    [Fact]
    public async Task MyWork_Investigator_SeesThePlanToWriteWithItsDueDateAndNotAnothers()
    {
        var (_, mine) = await AssignedAsync(app);
        var (_, theirs) = await AssignedAsync(app, managerEmail: DelegateEmail);

        var page = await HomeAsync(Investigator);

        var item = page.QuerySelectorAll("[data-work-item]").Single(li => li.QuerySelector("a")!.GetAttribute("href") == $"/Investigations/{mine}");
        Assert.Contains("Write the investigation plan", item.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"Due \d\d/\d\d/\d{4}", item.TextContent);
        Assert.Matches("left|Overdue by", item.TextContent);
        Assert.DoesNotContain($"/Investigations/{theirs}", WorkLinks(page));
    }

    [Fact]
    public async Task MyWork_DelegateWithAnIncidentAwaitingAManager_SeesTheAssignLink()
    {
        var incidentId = await AwaitingInvestigatorAsync(app);

        Assert.Contains($"/Incidents/{incidentId}/Investigation/Assign", WorkLinks(await HomeAsync(DelegateEmail)));
    }

    [Fact]
    public async Task MyWork_IncidentToScreen_ListedForDepartmentStaffOnly()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: new DateOnly(2019, 3, 4));
        var screen = $"/Incidents/{id}/Screen";

        Assert.Contains($"/Department{screen}", WorkLinks(await HomeAsync(DepartmentStaff)));
        Assert.DoesNotContain(WorkLinks(await HomeAsync(DelegateEmail)), l => l.EndsWith(screen, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MyWork_Outcome_WaitsForTheDelegateThenForTheDepartment()
    {
        var (_, submitted) = await OutcomeSubmittedAsync(app);
        var (_, approved) = await OutcomeSubmittedAsync(app, approve: true);

        var delegateLinks = WorkLinks(await HomeAsync(DelegateEmail));
        var staffLinks = WorkLinks(await HomeAsync(DepartmentStaff));

        Assert.Contains($"/Investigations/{submitted}", delegateLinks);
        Assert.DoesNotContain($"/Investigations/{approved}", delegateLinks);
        Assert.Contains($"/Investigations/{approved}", staffLinks);
        Assert.DoesNotContain($"/Investigations/{submitted}", staffLinks);
    }

    [Fact]
    public async Task MyWork_NothingWaiting_SaysSoInOneLine()
    {
        var page = await HomeAsync(OrganisationReporter);

        Assert.Empty(page.QuerySelectorAll("[data-work-item]"));
        Assert.Equal("Nothing is waiting for you.", page.QuerySelector("[data-nothing-waiting]")!.TextContent.Trim());
    }

    private async Task<IHtmlDocument> HomeAsync(string email) =>
        await (await FormClient.SignedInAsync(app, email)).GetPageAsync("/");

    private static List<string> WorkLinks(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#my-work [data-work-item] a").Select(a => a.GetAttribute("href")!)];

    private Task SetReportDueAsync(int id, DateTimeOffset dueAt) =>
        app.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.DueAt, dueAt)));
}

public sealed class SqliteMyWorkTests(SqliteApp app) : MyWorkTests<SqliteApp>(app);

public sealed class PostgresMyWorkTests(PostgresApp app) : MyWorkTests<PostgresApp>(app);
