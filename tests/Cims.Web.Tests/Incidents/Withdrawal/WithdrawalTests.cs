using System.Globalization;
using System.Net;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Incidents.Withdrawal;

public abstract class WithdrawalTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private static string Url(int id) => $"/Incidents/{id}/Withdraw";

    private static Task<Incident> IncidentAsync(CimsAppFactory app, int id) =>
        app.WithDbAsync(db => db.Incidents.AsNoTracking().AsSplitQuery().SingleAsync(i => i.Id == id));

    [Fact]
    public async Task Withdraw_Delegate_WithdrawsTheIncidentAndItsOpenInvestigationWithTheReason()
    {
        var (incidentId, investigationId) = await InProgressAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var incidentPage = await client.GetPageAsync($"/Incidents/{incidentId}");
        var form = await client.GetPageAsync(Url(incidentId));

        var response = await client.PostWithTokenAsync(Url(incidentId), FormClient.Token(form),
            [new("Version", Version(form)), new("Reason", "Reported twice: the same event is incident 2026-0001.")]);

        Assert.NotNull(incidentPage.QuerySelector($"a[href='{Url(incidentId)}']"));
        Assert.Contains("Ian Investigator", form.QuerySelector("#withdraw-investigation")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var incident = await IncidentAsync(app, incidentId);
        var investigation = await LoadAsync(app, investigationId);
        Assert.Equal(IncidentStatus.Withdrawn, incident.Status);
        Assert.Equal(("Dana Delegate", "Reported twice: the same event is incident 2026-0001."), (incident.History[^1].ByName, incident.History[^1].Reason));
        Assert.Equal(InvestigationStatus.Withdrawn, investigation.Status);
        Assert.Equal(("Withdrawn", "Dana Delegate"), (investigation.History[^1].What, investigation.History[^1].ByName));
        var key = incidentId.ToString(CultureInfo.InvariantCulture);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "incident.withdrawn" && a.EntityId == key)));
        var after = await client.GetPageAsync($"/Incidents/{incidentId}");
        Assert.Contains("The incident was withdrawn.", after.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector($"a[href='{Url(incidentId)}']"));
    }

    [Fact]
    public async Task Withdraw_IncidentWithAReviewInProgress_WithdrawsTheReviewWithTheReason()
    {
        var (incidentId, reviewId) = await Reviews.ReviewSetup.OpenAsync(app, FollowUpAction.RcaReview, Reviews.ReviewSetup.E2Day);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var form = await client.GetPageAsync(Url(incidentId));
        Assert.Contains("an RCA review, managed by Ian Investigator", form.QuerySelector("#withdraw-review")!.TextContent, StringComparison.Ordinal);

        await client.PostWithTokenAsync(Url(incidentId), FormClient.Token(form), [new("Version", Version(form)), new("Reason", "Entered against the wrong client.")]);

        Assert.Equal(IncidentStatus.Withdrawn, (await IncidentAsync(app, incidentId)).Status);
        var review = await app.WithDbAsync(db => db.Reviews.AsNoTracking().SingleAsync(r => r.Id == reviewId));
        Assert.Equal((Cims.Domain.Reviews.ReviewStatus.Withdrawn, "Entered against the wrong client.", "Dana Delegate"), (review.Status, review.History[^1].Reason, review.History[^1].ByName));
    }

    [Fact]
    public async Task Withdraw_NoReason_ShowsTheMessageAndChangesNothing()
    {
        var id = await AwaitingInvestigatorAsync(app);
        var client = await FormClient.SignedInAsync(app, DepartmentStaff);
        var form = await client.GetPageAsync(Url(id));

        var response = await client.PostWithTokenAsync(Url(id), FormClient.Token(form), [new("Version", Version(form)), new("Reason", "  ")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains("Enter the reason for withdrawing the incident.", page.QuerySelector("#Reason-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enter the reason for withdrawing the incident.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(IncidentStatus.FollowUpDetermined, (await IncidentAsync(app, id)).Status);
    }

    [Fact]
    public async Task Withdraw_DepartmentStaff_WithdrawsAnIncidentAtTheDepartment()
    {
        var id = await AwaitingInvestigatorAsync(app);
        var client = await FormClient.SignedInAsync(app, DepartmentStaff);
        var form = await client.GetPageAsync(Url(id));

        var response = await client.PostWithTokenAsync(Url(id), FormClient.Token(form), [new("Version", Version(form)), new("Reason", "Not a client incident.")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(form.QuerySelector("#withdraw-investigation"));
        Assert.Equal(("Sam Staff", IncidentStatus.Withdrawn), ((await IncidentAsync(app, id)).History[^1].ByName, (await IncidentAsync(app, id)).Status));
    }

    [Fact]
    public async Task Withdraw_ChangedSinceTheFormWasShown_AsksToCheckAndKeepsTheReason()
    {
        var id = await AwaitingInvestigatorAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var form = await client.GetPageAsync(Url(id));

        var response = await client.PostWithTokenAsync(Url(id), FormClient.Token(form),
            [new("Version", Guid.NewGuid().ToString()), new("Reason", "Reported twice.")]);

        var page = await FormClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Equal("Reported twice.", page.QuerySelector("#Reason")!.TextContent);
        Assert.Equal(IncidentStatus.FollowUpDetermined, (await IncidentAsync(app, id)).Status);
    }

    [Fact]
    public async Task Withdraw_ReporterOfTheOrganisation_NotOfferedAndSentBackToTheIncident()
    {
        var id = await AwaitingInvestigatorAsync(app);
        var client = await FormClient.SignedInAsync(app, OrganisationReporter);
        var incidentPage = await client.GetPageAsync($"/Incidents/{id}");

        var get = await client.Http.GetAsync(Url(id));
        var post = await client.PostWithTokenAsync(Url(id), FormClient.Token(incidentPage),
            [new("Version", (await IncidentAsync(app, id)).Version.ToString()), new("Reason", "Mine.")]);

        Assert.Null(incidentPage.QuerySelector($"a[href='{Url(id)}']"));
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, $"/Incidents/{id}"), (post.StatusCode, post.Headers.Location?.OriginalString));
        Assert.Equal(IncidentStatus.FollowUpDetermined, (await IncidentAsync(app, id)).Status);
    }

    [Fact]
    public async Task Withdraw_AnotherOrganisationsIncident_NotFoundOnGetAndPost()
    {
        var id = await AwaitingInvestigatorAsync(app);
        var client = await FormClient.SignedInAsync(app, OtherDelegate);
        var home = await client.GetPageAsync("/");

        var get = await client.Http.GetAsync(Url(id));
        var post = await client.PostWithTokenAsync(Url(id), FormClient.Token(home),
            [new("Version", (await IncidentAsync(app, id)).Version.ToString()), new("Reason", "Not ours.")]);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(IncidentStatus.FollowUpDetermined, (await IncidentAsync(app, id)).Status);
    }
}

public sealed class SqliteWithdrawalTests(SqliteApp app) : WithdrawalTests<SqliteApp>(app);

public sealed class PostgresWithdrawalTests(PostgresApp app) : WithdrawalTests<PostgresApp>(app);
