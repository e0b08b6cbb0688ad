using System.Net;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Tests.Account;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Incidents.Investigations;

/// <summary>The outcome from the manager to the CEO or senior delegate to the department, through the pages.</summary>
public abstract class OutcomeTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private Task<IncidentStatus> IncidentStatusAsync(int id) =>
        app.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.Status).SingleAsync());

    private static Task<HttpResponseMessage> DecideAsync(FormClient client, AngleSharp.Html.Dom.IHtmlDocument page, string url, params KeyValuePair<string, string>[] fields) =>
        client.PostWithTokenAsync(url, FormClient.Token(page), [new("Version", page.QuerySelector($"form[action='{url}'] input[name=Version]")!.GetAttribute("value")!), .. fields]);

    [Fact]
    public async Task SubmitOutcome_WithoutFindings_SaysSoAndKeepsTheText()
    {
        var (incidentId, id) = await InProgressAsync(app);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var form = await manager.GetPageAsync($"/Investigations/{id}/Outcome");

        var response = await manager.PostWithTokenAsync($"/Investigations/{id}/Outcome", FormClient.Token(form),
            [new("Version", Version(form)), new("FollowUp", "Investigation"), new("Action", "submit"), new("OrganisationResponse", "Staff retrained.")]);

        var page = await FormClient.ParseAsync(response);
        Assert.Contains("Record a finding", page.QuerySelector("[data-error-summary]")!.TextContent);
        Assert.Contains("Staff retrained.", page.QuerySelector("#OrganisationResponse")!.TextContent);
        Assert.Equal(IncidentStatus.InvestigationInProgress, await IncidentStatusAsync(incidentId));
    }

    [Fact]
    public async Task SubmitOutcome_Complete_AwaitsApprovalAndTellsTheDelegate()
    {
        var (incidentId, id) = await InProgressAsync(app);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        foreach (var number in new[] { 1, 2 })
        {
            var allegation = await manager.GetPageAsync($"/Investigations/{id}/Allegations/{number}");
            await manager.PostWithTokenAsync($"/Investigations/{id}/Allegations/{number}", FormClient.Token(allegation),
            [
                new("Version", Version(allegation)), new("ClientName", number == 1 ? "Jo Citizen" : "Sam Citizen"), new("SubjectName", "Pat Staff"),
                new("IncidentType", "Physical abuse"), new("Finding", number == 1 ? "Substantiated" : "UnableToDetermine"), new("Reasons", "Weighed the two accounts."),
            ]);
        }

        var form = await manager.GetPageAsync($"/Investigations/{id}/Outcome");
        var response = await manager.PostWithTokenAsync($"/Investigations/{id}/Outcome", FormClient.Token(form),
            [new("Version", Version(form)), new("FollowUp", "Investigation"), new("Action", "submit"), new("OrganisationResponse", "Pat Staff stood down.")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(InvestigationStatus.OutcomeAwaitingApproval, (await LoadAsync(app, id)).Status);
        Assert.Equal(IncidentStatus.OutcomePendingApproval, await IncidentStatusAsync(incidentId));
        Assert.Contains(MailBox.FilesFor(app.MailFolder, DelegateEmail).Select(MailBox.Body), b => b.Contains("waiting for your approval") || b.Contains("outcome for approval"));
        var report = await manager.GetPageAsync($"/Investigations/{id}/Report");
        Assert.Contains("Pat Staff stood down.", report.QuerySelector("[data-report-response]")!.TextContent);
        Assert.Contains("Unable to determine", report.QuerySelector("#allegations")!.TextContent);
    }

    [Fact]
    public async Task Approval_ReturnedThenApproved_SubmitsToTheDepartment()
    {
        var (incidentId, id) = await OutcomeSubmittedAsync(app);
        var delegateClient = await FormClient.SignedInAsync(app, DelegateEmail);
        var page = await delegateClient.GetPageAsync($"/Investigations/{id}");

        var empty = await FormClient.ParseAsync(await DecideAsync(delegateClient, page, $"/Investigations/{id}/Outcome/Return", new KeyValuePair<string, string>("Reason", "")));
        Assert.Contains("Enter the reason", empty.QuerySelector("#Reason-error")!.TextContent);
        await DecideAsync(delegateClient, page, $"/Investigations/{id}/Outcome/Return", new KeyValuePair<string, string>("Reason", "Say what the family was told."));
        Assert.Equal(IncidentStatus.InvestigationInProgress, await IncidentStatusAsync(incidentId));
        Assert.Contains(MailBox.FilesFor(app.MailFolder, Investigator).Select(MailBox.Body), b => b.Contains("Say what the family was told."));

        var manager = await FormClient.SignedInAsync(app, Investigator);
        var form = await manager.GetPageAsync($"/Investigations/{id}/Outcome");
        await manager.PostWithTokenAsync($"/Investigations/{id}/Outcome", FormClient.Token(form),
            [new("Version", Version(form)), new("FollowUp", "Investigation"), new("Action", "submit"), new("OrganisationResponse", "Stood down; the family was told on 26/11.")]);
        page = await delegateClient.GetPageAsync($"/Investigations/{id}");
        var approved = await DecideAsync(delegateClient, page, $"/Investigations/{id}/Outcome/Approve");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(IncidentStatus.OutcomeSubmitted, await IncidentStatusAsync(incidentId));
        var report = await delegateClient.GetPageAsync($"/Investigations/{id}/Report");
        Assert.Contains("Approved by Dana Delegate", report.QuerySelector("[data-report-approval]")!.TextContent);
    }

    [Fact]
    public async Task DepartmentReview_ReturnedWithANewDateThenAccepted_ClosesTheIncident()
    {
        var (incidentId, id) = await OutcomeSubmittedAsync(app, approve: true);
        var staff = await FormClient.SignedInAsync(app, DepartmentStaff);
        var page = await staff.GetPageAsync($"/Investigations/{id}");
        var sendBack = $"/Investigations/{id}/Outcome/SendBack";

        var missing = await FormClient.ParseAsync(await DecideAsync(staff, page, sendBack, new KeyValuePair<string, string>("Reason", "Interview the night staff.")));
        Assert.Contains("Enter the new due date", missing.QuerySelector("#DueOnDay-error")!.TextContent);
        Assert.Contains("Interview the night staff.", missing.QuerySelector("#Reason")!.TextContent);
        var returned = await DecideAsync(staff, page, sendBack,
            new("Reason", "Interview the night staff."), new("DueOnDay", "18"), new("DueOnMonth", "12"), new("DueOnYear", "2099"));
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var investigation = await LoadAsync(app, id);
        Assert.Equal((InvestigationStatus.InProgress, "Interview the night staff."), (investigation.Status, investigation.ReturnReason));
        Assert.Equal(new DateTimeOffset(2099, 12, 18, 12, 59, 59, TimeSpan.Zero), investigation.DueAt);
        Assert.Equal(IncidentStatus.InvestigationInProgress, await IncidentStatusAsync(incidentId));

        await app.WithDbAsync(async db =>
        {
            var i = await db.Investigations.SingleAsync(x => x.Id == id);
            var incident = await db.Incidents.SingleAsync(x => x.Id == incidentId);
            i.SubmitOutcome(incident, new Actor("builder", "Test Builder"), IncidentBuilder.Now).MustSucceed();
            i.ApproveOutcome(incident, new Actor("builder", "Test Builder"), IncidentBuilder.Now).MustSucceed();
            return await db.SaveChangesAsync();
        });
        page = await staff.GetPageAsync($"/Investigations/{id}");
        var accepted = await DecideAsync(staff, page, $"/Investigations/{id}/Outcome/Accept");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(IncidentStatus.Closed, await IncidentStatusAsync(incidentId));
        var history = (await staff.GetPageAsync($"/Investigations/{id}")).QuerySelector("#investigation-history")!.TextContent;
        Assert.Contains("Returned by the department for more work", history);
        Assert.Contains("Outcome accepted by the department", history);
    }

    [Fact]
    public async Task Decisions_WrongPerson_AreRefused()
    {
        var (incidentId, id) = await OutcomeSubmittedAsync(app);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var page = await manager.GetPageAsync($"/Investigations/{id}");
        Assert.Null(page.QuerySelector("form[action$='Outcome/Approve']"));
        var token = FormClient.Token(await manager.GetPageAsync("/Incidents/Report/Start"));
        var version = (await LoadAsync(app, id)).Version.ToString();

        var own = await manager.PostWithTokenAsync($"/Investigations/{id}/Outcome/Approve", token, [new("Version", version)]);
        Assert.Contains("you cannot approve it", (await FormClient.ParseAsync(own)).QuerySelector("[data-error-summary]")!.TextContent);
        var delegateClient = await FormClient.SignedInAsync(app, DelegateEmail);
        var notDepartment = await delegateClient.PostWithTokenAsync($"/Investigations/{id}/Outcome/Accept", FormClient.Token(await delegateClient.GetPageAsync($"/Investigations/{id}")), [new("Version", version)]);
        Assert.Contains("not department staff", (await FormClient.ParseAsync(notDepartment)).QuerySelector("[data-error-summary]")!.TextContent);
        Assert.Equal(IncidentStatus.OutcomePendingApproval, await IncidentStatusAsync(incidentId));
    }

    [Fact]
    public async Task OutcomeUrls_AnotherOrganisationOrAReporter_AreNotFoundOnGetAndPost()
    {
        var (_, id) = await OutcomeSubmittedAsync(app);
        var version = (await LoadAsync(app, id)).Version.ToString();
        foreach (var email in new[] { OtherDelegate, OrganisationReporter })
        {
            var client = await FormClient.SignedInAsync(app, email);
            var token = FormClient.Token(await client.GetPageAsync("/Incidents/Report/Start"));
            foreach (var url in new[] { $"/Investigations/{id}/Outcome", $"/Investigations/{id}/Report" })
                Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(url)).StatusCode);
            foreach (var action in new[] { "", "/Approve", "/Return", "/Accept", "/SendBack" })
            {
                var post = await client.PostWithTokenAsync($"/Investigations/{id}/Outcome{action}", token,
                [
                    new("Version", version), new("Action", "submit"), new("FollowUp", "Investigation"), new("OrganisationResponse", "X"), new("Reason", "No."),
                    new("DueOnDay", "18"), new("DueOnMonth", "12"), new("DueOnYear", "2099"),
                ]);
                Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"{email} POST Outcome{action}: {(int)post.StatusCode}");
            }
        }

        Assert.Equal(InvestigationStatus.OutcomeAwaitingApproval, (await LoadAsync(app, id)).Status);
    }
}

public sealed class SqliteOutcomeTests(SqliteApp app) : OutcomeTests<SqliteApp>(app);

public sealed class PostgresOutcomeTests(PostgresApp app) : OutcomeTests<PostgresApp>(app);
