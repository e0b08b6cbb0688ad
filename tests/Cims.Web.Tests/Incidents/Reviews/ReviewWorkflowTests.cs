using System.Net;
using AngleSharp.Html.Dom;
using Cims.Domain.Incidents;
using Cims.Domain.Reviews;
using Cims.Web.Tests.Account;
using Cims.Web.Infrastructure.Time;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Reviews.ReviewSetup;

namespace Cims.Web.Tests.Incidents.Reviews;

/// <summary>A review from its assignment through approval to the department's decision, through the pages.</summary>
public abstract class ReviewWorkflowTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private Task<IncidentStatus> IncidentStatusAsync(int id) =>
        app.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.Status).SingleAsync());

    private Task<Review> LoadAsync(int id) => app.WithDbAsync(db => db.Reviews.AsNoTracking().AsSplitQuery().SingleAsync(r => r.Id == id));

    private static Task<HttpResponseMessage> PostAsync(FormClient client, IHtmlDocument page, string url, params (string Name, string Value)[] fields) =>
        client.PostWithTokenAsync(url, FormClient.Token(page),
            [new("Version", page.QuerySelector($"form[action='{url}'] input[name=Version]")!.GetAttribute("value")!), .. fields.Select(f => KeyValuePair.Create(f.Name, f.Value))]);

    [Fact]
    public async Task Assign_CaseReviewJointWithTheDepartment_OpensItMovesTheIncidentAndTellsTheManager()
    {
        var incidentId = await DeterminedAsync(app, FollowUpAction.CaseReview, E2Day);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var incidentPage = await client.GetPageAsync($"/Incidents/{incidentId}");
        var url = $"/Incidents/{incidentId}/Review/Assign";
        Assert.NotNull(incidentPage.QuerySelector($"a[href='{url}']"));
        var form = await client.GetPageAsync(url);
        var managerId = form.QuerySelectorAll("#ManagerUserId option").Single(o => o.TextContent == "Ian Investigator").GetAttribute("value")!;

        var response = await PostAsync(client, form, url, ("Subject", "Review"), ("Kind", "Internal"), ("ManagerUserId", managerId), ("JointWithDepartment", "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var review = await app.WithDbAsync(db => db.Reviews.AsNoTracking().SingleAsync(r => r.IncidentId == incidentId));
        Assert.Equal($"/Reviews/{review.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((ReviewKind.CaseReview, ReviewStatus.InProgress, true, "Ian Investigator"), (review.Kind, review.Status, review.JointWithDepartment, review.Manager.Name));
        Assert.Equal(IncidentStatus.ReviewInProgress, await IncidentStatusAsync(incidentId));
        Assert.Contains(MailBox.FilesFor(app.MailFolder, Investigator).Select(MailBox.Body), b => b.Contains($"/Reviews/{review.Id}"));
        var manager = await FormClient.SignedInAsync(app, Investigator);
        Assert.Contains("Ian Investigator (you)", (await manager.GetPageAsync("/Reviews")).QuerySelector("#reviews")!.TextContent);
        var page = await manager.GetPageAsync($"/Reviews/{review.Id}");
        Assert.Contains("Jointly with the department", page.QuerySelector("main")!.TextContent);
        Assert.Contains("Case review", (await manager.GetPageAsync($"/Incidents/{incidentId}")).QuerySelector("#review-heading")!.TextContent);
    }

    [Fact]
    public async Task Assign_WithoutAManager_SaysWhoIsMissingInTheReviewsWords()
    {
        var incidentId = await DeterminedAsync(app, FollowUpAction.RcaReview, E2Day);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var url = $"/Incidents/{incidentId}/Review/Assign";
        var form = await client.GetPageAsync(url);

        var page = await FormClient.ParseAsync(await PostAsync(client, form, url, ("Subject", "Review"), ("Kind", "External"), ("ExternalName", "Pat Outside")));

        Assert.Contains("external reviewer", page.QuerySelector("#ExternalContact-error")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-error-summary]"));
        Assert.Equal("Pat Outside", page.QuerySelector("#ExternalName")!.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.Reviews.AnyAsync(r => r.IncidentId == incidentId)));
    }

    [Fact]
    public async Task AnotherOrganisation_ReviewPagesAndStepsAreNotFound()
    {
        var incidentId = await DeterminedAsync(app, FollowUpAction.RcaReview, E2Day);
        var (_, id) = await OpenAsync(app, FollowUpAction.RcaReview, E2Day, complete: true, submit: true);
        var other = await FormClient.SignedInAsync(app, OtherDelegate);
        var token = FormClient.Token(await other.GetPageAsync("/Incidents/Report/Start"));
        var version = (await LoadAsync(id)).Version.ToString();

        foreach (var url in new[] { $"/Reviews/{id}", $"/Reviews/{id}/Reassign", $"/Incidents/{incidentId}/Review/Assign" })
            Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(url)).StatusCode);
        foreach (var url in new[] { $"/Reviews/{id}/Approve", $"/Reviews/{id}/Return", $"/Reviews/{id}/Submit", $"/Reviews/{id}/Reassign" })
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostWithTokenAsync(url, token, [new("Version", version), new("Reason", "x")])).StatusCode);
        Assert.Equal(ReviewStatus.OutcomeAwaitingApproval, (await LoadAsync(id)).Status);
        Assert.Null((await other.GetPageAsync("/Reviews")).QuerySelector($"a[href='/Reviews/{id}']"));
    }

    [Fact]
    public async Task Submit_Incomplete_SaysWhatIsMissingAndStaysInProgress()
    {
        var (incidentId, id) = await OpenAsync(app, FollowUpAction.RcaReview, E2Day);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var page = await manager.GetPageAsync($"/Reviews/{id}");
        Assert.Contains("not complete", page.QuerySelector("#review-missing")!.TextContent);

        var response = await PostAsync(manager, page, $"/Reviews/{id}/Submit");

        Assert.Contains("not complete", (await FormClient.ParseAsync(response)).QuerySelector("[data-error-summary]")!.TextContent);
        Assert.Equal(ReviewStatus.InProgress, (await LoadAsync(id)).Status);
        Assert.Equal(IncidentStatus.ReviewInProgress, await IncidentStatusAsync(incidentId));
    }

    [Fact]
    public async Task RcaReview_SubmittedApprovedAndAccepted_ClosesTheIncident()
    {
        var (incidentId, id) = await OpenAsync(app, FollowUpAction.RcaReview, E2Day, complete: true);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var page = await manager.GetPageAsync($"/Reviews/{id}");
        Assert.Null(page.QuerySelector("#review-missing"));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(manager, page, $"/Reviews/{id}/Submit")).StatusCode);
        Assert.Equal(IncidentStatus.OutcomePendingApproval, await IncidentStatusAsync(incidentId));
        Assert.Contains(MailBox.FilesFor(app.MailFolder, DelegateEmail).Select(MailBox.Body), b => b.Contains($"/Reviews/{id}"));
        Assert.Empty((await manager.GetPageAsync($"/Reviews/{id}")).QuerySelectorAll($"form[action='/Reviews/{id}/Approve']"));

        var approver = await FormClient.SignedInAsync(app, DelegateEmail);
        var approval = await approver.GetPageAsync($"/Reviews/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(approver, approval, $"/Reviews/{id}/Approve")).StatusCode);
        var approved = await LoadAsync(id);
        Assert.Equal((ReviewStatus.OutcomeSubmitted, "Dana Delegate"), (approved.Status, approved.ApprovedBy));
        Assert.Equal(IncidentStatus.OutcomeSubmitted, await IncidentStatusAsync(incidentId));

        var department = await FormClient.SignedInAsync(app, DepartmentStaff);
        var decision = await department.GetPageAsync($"/Reviews/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(department, decision, $"/Reviews/{id}/Accept")).StatusCode);
        Assert.Equal(ReviewStatus.Accepted, (await LoadAsync(id)).Status);
        Assert.Equal(IncidentStatus.Closed, await IncidentStatusAsync(incidentId));
        var history = (await department.GetPageAsync($"/Reviews/{id}")).QuerySelector("#review-history")!.TextContent;
        Assert.Contains("Approved and submitted to the department", history);
        Assert.Contains("Accepted by the department", history);
    }

    [Fact]
    public async Task CaseReviewUnderE1_Approved_StaysWithTheOrganisationAndTheIncidentCloses()
    {
        var (incidentId, id) = await OpenAsync(app, FollowUpAction.CaseReview, E1Day, complete: true, submit: true);
        var approver = await FormClient.SignedInAsync(app, DelegateEmail);
        var page = await approver.GetPageAsync($"/Reviews/{id}");
        Assert.Contains("Approve and keep in our register", page.QuerySelector($"form[action='/Reviews/{id}/Approve']")!.TextContent);

        await PostAsync(approver, page, $"/Reviews/{id}/Approve");

        Assert.Equal(ReviewStatus.HeldByOrganisation, (await LoadAsync(id)).Status);
        Assert.Equal(IncidentStatus.Closed, await IncidentStatusAsync(incidentId));
        var list = await approver.GetPageAsync("/Reviews");
        Assert.Contains("Approved and kept in the organisation's register", list.QuerySelector("#reviews")!.TextContent);
    }

    [Fact]
    public async Task CaseReviewUnderE2_Approved_IsSubmittedToTheDepartment()
    {
        var (incidentId, id) = await OpenAsync(app, FollowUpAction.CaseReview, E2Day, complete: true, submit: true);
        var approver = await FormClient.SignedInAsync(app, DelegateEmail);

        await PostAsync(approver, await approver.GetPageAsync($"/Reviews/{id}"), $"/Reviews/{id}/Approve");

        Assert.Equal(ReviewStatus.OutcomeSubmitted, (await LoadAsync(id)).Status);
        Assert.Equal(IncidentStatus.OutcomeSubmitted, await IncidentStatusAsync(incidentId));
        var department = await FormClient.SignedInAsync(app, DepartmentStaff);
        Assert.NotNull((await department.GetPageAsync($"/Reviews/{id}")).QuerySelector($"form[action='/Reviews/{id}/Accept']"));
    }

    [Fact]
    public async Task Return_WithoutReason_SaysSoNextToTheField()
    {
        var (_, id) = await OpenAsync(app, FollowUpAction.CaseReview, E2Day, complete: true, submit: true);
        var approver = await FormClient.SignedInAsync(app, DelegateEmail);

        var page = await FormClient.ParseAsync(await PostAsync(approver, await approver.GetPageAsync($"/Reviews/{id}"), $"/Reviews/{id}/Return", ("Reason", " ")));

        Assert.NotNull(page.QuerySelector("#Reason-error"));
        Assert.NotNull(page.QuerySelector("[data-error-summary]"));
        Assert.Equal(ReviewStatus.OutcomeAwaitingApproval, (await LoadAsync(id)).Status);
    }

    [Fact]
    public async Task SendBack_WithNewDate_ReturnsTheReviewToTheManagerWithTheReason()
    {
        var (incidentId, id) = await OpenAsync(app, FollowUpAction.RcaReview, E2Day, complete: true, submit: true, approve: true);
        var department = await FormClient.SignedInAsync(app, DepartmentStaff);
        var page = await department.GetPageAsync($"/Reviews/{id}");
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40);

        var missing = await FormClient.ParseAsync(await PostAsync(department, page, $"/Reviews/{id}/SendBack", ("Reason", "Talk to the night staff.")));
        Assert.NotNull(missing.QuerySelector("#DueOnDay-error"));
        Assert.Contains("Talk to the night staff.", missing.QuerySelector("#Reason")!.TextContent);
        await PostAsync(department, page, $"/Reviews/{id}/SendBack", ("Reason", "Talk to the night staff."),
            ("DueOnDay", day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("DueOnMonth", day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("DueOnYear", day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var review = await LoadAsync(id);
        Assert.Equal((ReviewStatus.InProgress, "Talk to the night staff."), (review.Status, review.ReturnReason));
        Assert.Equal(day, DateOnly.FromDateTime(review.DueAt!.Value.ToMelbourne().DateTime));
        Assert.Equal(IncidentStatus.ReviewInProgress, await IncidentStatusAsync(incidentId));
        var manager = await FormClient.SignedInAsync(app, Investigator);
        Assert.Contains("Talk to the night staff.", (await manager.GetPageAsync($"/Reviews/{id}")).QuerySelector(".alert-warning")!.TextContent);
    }

    [Fact]
    public async Task Approve_StaleVersion_AsksToCheckAndLeavesItWaiting()
    {
        var (_, id) = await OpenAsync(app, FollowUpAction.CaseReview, E2Day, complete: true, submit: true);
        var approver = await FormClient.SignedInAsync(app, DelegateEmail);
        var page = await approver.GetPageAsync($"/Reviews/{id}");

        var response = await approver.PostWithTokenAsync($"/Reviews/{id}/Approve", FormClient.Token(page), [new("Version", Guid.NewGuid().ToString())]);

        Assert.Contains("Someone else changed this review", (await FormClient.ParseAsync(response)).QuerySelector("[data-error-summary]")!.TextContent);
        Assert.Equal(ReviewStatus.OutcomeAwaitingApproval, (await LoadAsync(id)).Status);
    }

    [Fact]
    public async Task CombinedFollowUp_InvestigationAcceptedAfterTheCaseReviewWasKept_ClosesTheIncident()
    {
        var (incidentId, investigationId, reviewId) = await CombinedUnderE1Async(app);
        Assert.Equal(ReviewStatus.HeldByOrganisation, (await LoadAsync(reviewId)).Status);
        Assert.Equal(IncidentStatus.OutcomeSubmitted, await IncidentStatusAsync(incidentId));
        var department = await FormClient.SignedInAsync(app, DepartmentStaff);
        var page = await department.GetPageAsync($"/Investigations/{investigationId}");

        await PostAsync(department, page, $"/Investigations/{investigationId}/Outcome/Accept");

        Assert.Equal(IncidentStatus.Closed, await IncidentStatusAsync(incidentId));
    }
}

public sealed class SqliteReviewWorkflowTests(SqliteApp app) : ReviewWorkflowTests<SqliteApp>(app);

public sealed class PostgresReviewWorkflowTests(PostgresApp app) : ReviewWorkflowTests<PostgresApp>(app);
