using System.Net;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Tests.Account;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Incidents.Investigations;

public abstract class PlanTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private static readonly KeyValuePair<string, string>[] CompleteFields =
    [
        new("ManagerPosition", "Senior practitioner"), new("ManagerTelephone", "03 5550 1111"),
        new("PeriodStartDay", "24"), new("PeriodStartMonth", "11"), new("PeriodStartYear", "2026"),
        new("PeriodEndDay", "18"), new("PeriodEndMonth", "12"), new("PeriodEndYear", "2026"),
        new("IncidentDetails", "Jo said a support worker pushed her."), new("PoliceResponse", "Police were told (A-123)."),
        new("Methodology", "Interview Jo and Pat Staff; review the roster."),
    ];

    private static string PlanUrl(int id) => $"/Investigations/{id}/Plan";

    [Fact]
    public async Task SavePlan_Unfinished_KeepsWhatWasTypedWithoutSubmitting()
    {
        var (_, id) = await AssignedAsync(app);
        var client = await FormClient.SignedInAsync(app, Investigator);
        var form = await client.GetPageAsync(PlanUrl(id));
        Assert.Contains("Jo Citizen", form.QuerySelector("[data-clients]")!.TextContent);
        Assert.Contains("Pat Staff", form.QuerySelector("[data-subjects]")!.TextContent);

        var response = await client.PostWithTokenAsync(PlanUrl(id), FormClient.Token(form),
            [new("Version", Version(form)), new("Action", "save"), new("ManagerPosition", "Senior practitioner"), new("Methodology", "Interviews first.")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var investigation = await LoadAsync(app, id);
        Assert.Equal(("Senior practitioner", "Interviews first."), (investigation.Plan.ManagerPosition, investigation.Plan.Methodology));
        Assert.Equal(InvestigationStatus.PlanInPreparation, investigation.Status);
        var again = await client.GetPageAsync(PlanUrl(id));
        Assert.Equal("Senior practitioner", again.QuerySelector("#ManagerPosition")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SubmitPlan_Incomplete_NamesEachMissingSectionAndStoresNothing()
    {
        var (_, id) = await AssignedAsync(app);
        var client = await FormClient.SignedInAsync(app, Investigator);
        var form = await client.GetPageAsync(PlanUrl(id));

        var response = await client.PostWithTokenAsync(PlanUrl(id), FormClient.Token(form),
            [new("Version", Version(form)), new("Action", "submit"), new("ManagerPosition", "Senior practitioner"), new("PeriodEndDay", "31"), new("PeriodEndMonth", "2"), new("PeriodEndYear", "2027")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains("Enter the proposed methodology", page.QuerySelector("#Methodology-error")!.TextContent);
        Assert.Contains("Enter the start of the investigation period", page.QuerySelector("#PeriodStartDay-error")!.TextContent);
        Assert.Contains("real date", page.QuerySelector("#PeriodEndDay-error")!.TextContent);
        Assert.Equal(6, page.QuerySelectorAll("[data-error-summary] li").Length);
        Assert.Equal("Senior practitioner", page.QuerySelector("#ManagerPosition")!.GetAttribute("value"));
        Assert.Equal(InvestigationPlan.Empty, (await LoadAsync(app, id)).Plan);
    }

    [Fact]
    public async Task SubmitPlan_Complete_AwaitsEndorsementAndTellsTheDelegate()
    {
        var (_, id) = await AssignedAsync(app);
        var client = await FormClient.SignedInAsync(app, Investigator);
        var form = await client.GetPageAsync(PlanUrl(id));

        var response = await client.PostWithTokenAsync(PlanUrl(id), FormClient.Token(form),
            [new("Version", Version(form)), new("Action", "submit"), .. CompleteFields]);

        Assert.Equal($"/Investigations/{id}", response.Headers.Location!.OriginalString);
        var investigation = await LoadAsync(app, id);
        Assert.Equal(InvestigationStatus.PlanAwaitingEndorsement, investigation.Status);
        Assert.Equal(new DateOnly(2026, 12, 18), investigation.Plan.PeriodEnd);
        Assert.Contains(MailBox.FilesFor(app.MailFolder, DelegateEmail).Select(MailBox.Body), b => b.Contains($"/Investigations/{id}"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync(PlanUrl(id))).StatusCode);
    }

    [Fact]
    public async Task ReturnPlan_WithReason_TheManagerSeesItAndCanCorrectAndResubmit()
    {
        var (_, id) = await AssignedAsync(app, CompletePlan);
        var delegateClient = await FormClient.SignedInAsync(app, DelegateEmail);
        var page = await delegateClient.GetPageAsync($"/Investigations/{id}");

        var empty = await delegateClient.PostWithTokenAsync($"/Investigations/{id}/Plan/Return", FormClient.Token(page), [new("Version", Version(page)), new("Reason", "")]);
        Assert.Contains("Enter the reason", (await FormClient.ParseAsync(empty)).QuerySelector("#Reason-error")!.TextContent);
        var response = await delegateClient.PostWithTokenAsync($"/Investigations/{id}/Plan/Return", FormClient.Token(page),
            [new("Version", Version(page)), new("Reason", "Name the two staff on shift.")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(InvestigationStatus.PlanInPreparation, (await LoadAsync(app, id)).Status);
        Assert.Contains(MailBox.FilesFor(app.MailFolder, Investigator).Select(MailBox.Body), b => b.Contains("Name the two staff on shift."));
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var form = await manager.GetPageAsync(PlanUrl(id));
        Assert.Contains("Name the two staff on shift.", form.QuerySelector("[role=note]")!.TextContent);
        Assert.Equal("Senior practitioner", form.QuerySelector("#ManagerPosition")!.GetAttribute("value"));
        await manager.PostWithTokenAsync(PlanUrl(id), FormClient.Token(form), [new("Version", Version(form)), new("Action", "submit"), .. CompleteFields]);
        var resubmitted = await LoadAsync(app, id);
        Assert.Equal(InvestigationStatus.PlanAwaitingEndorsement, resubmitted.Status);
        Assert.Null(resubmitted.ReturnReason);
    }

    [Fact]
    public async Task EndorsePlan_ByTheDelegate_StartsTheInvestigationAndMovesTheIncident()
    {
        var (incidentId, id) = await AssignedAsync(app, CompletePlan);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var page = await client.GetPageAsync($"/Investigations/{id}");

        var response = await client.PostWithTokenAsync($"/Investigations/{id}/Plan/Endorse", FormClient.Token(page), [new("Version", Version(page, "form[action$='Endorse']"))]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var investigation = await LoadAsync(app, id);
        Assert.Equal((InvestigationStatus.InProgress, "Dana Delegate"), (investigation.Status, investigation.PlanEndorsedBy));
        var incident = await app.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.Id == incidentId));
        Assert.Equal(IncidentStatus.InvestigationInProgress, incident.Status);
        Assert.Equal("Dana Delegate", incident.History[^1].ByName);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "investigation.plan_endorsed" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(audit);
        var after = await client.GetPageAsync($"/Investigations/{id}");
        Assert.Contains("Endorsed by Dana Delegate", after.QuerySelector("[data-plan-approval]")!.TextContent);
    }

    [Fact]
    public async Task EndorsePlan_StaleVersion_SaysSomeoneElseChangedItAndChangesNothing()
    {
        var (_, id) = await AssignedAsync(app, CompletePlan);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var page = await client.GetPageAsync($"/Investigations/{id}");

        var response = await client.PostWithTokenAsync($"/Investigations/{id}/Plan/Endorse", FormClient.Token(page), [new("Version", Guid.NewGuid().ToString())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this investigation", (await FormClient.ParseAsync(response)).QuerySelector("[data-error-summary]")!.TextContent);
        Assert.Equal(InvestigationStatus.PlanAwaitingEndorsement, (await LoadAsync(app, id)).Status);
    }

    [Fact]
    public async Task EveryInvestigationUrl_AnotherOrganisationOrAReporter_IsNotFoundOnGetAndPost()
    {
        var (_, id) = await AssignedAsync(app, CompletePlan);
        var version = (await LoadAsync(app, id)).Version.ToString();
        foreach (var email in new[] { OtherDelegate, OrganisationReporter })
        {
            var client = await FormClient.SignedInAsync(app, email);
            var token = FormClient.Token(await client.GetPageAsync("/Incidents/Report/Start"));
            foreach (var url in new[] { $"/Investigations/{id}", PlanUrl(id), $"/Investigations/{id}/Reassign" })
                Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(url)).StatusCode);
            foreach (var url in new[] { PlanUrl(id), $"/Investigations/{id}/Plan/Endorse", $"/Investigations/{id}/Plan/Return", $"/Investigations/{id}/Reassign" })
            {
                var post = await client.PostWithTokenAsync(url, token,
                    [new("Version", version), new("Action", "submit"), new("Reason", "No."), new("Kind", "Internal"), new("ManagerUserId", "x"), .. CompleteFields]);
                Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"{email} POST {url}: {(int)post.StatusCode}");
            }

            Assert.DoesNotContain($"/Investigations/{id}", (await client.GetPageAsync("/Investigations")).Body!.InnerHtml);
        }

        Assert.Equal(InvestigationStatus.PlanAwaitingEndorsement, (await LoadAsync(app, id)).Status);
    }

    [Fact]
    public async Task DecidePlan_TheManagerWhoWroteIt_CannotEndorseIt()
    {
        var (_, id) = await AssignedAsync(app, CompletePlan);
        var client = await FormClient.SignedInAsync(app, Investigator);
        var page = await client.GetPageAsync($"/Investigations/{id}");
        Assert.Null(page.QuerySelector("form[action$='Endorse']"));

        var response = await client.PostWithTokenAsync($"/Investigations/{id}/Plan/Endorse", FormClient.Token(await client.GetPageAsync("/Incidents/Report/Start")),
            [new("Version", (await LoadAsync(app, id)).Version.ToString())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("you cannot endorse it", (await FormClient.ParseAsync(response)).QuerySelector("[data-error-summary]")!.TextContent);
        Assert.Equal(InvestigationStatus.PlanAwaitingEndorsement, (await LoadAsync(app, id)).Status);
    }
}

public sealed class SqlitePlanTests(SqliteApp app) : PlanTests<SqliteApp>(app);

public sealed class PostgresPlanTests(PostgresApp app) : PlanTests<PostgresApp>(app);
