using Cims.Web.Infrastructure.Identity;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Features.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Incidents.Reviews;

/// <summary>
/// Incidents whose follow-up calls for a review, under the era of the day they were reported: the delegate
/// recommends the follow-up at endorsement and department staff determine it, so every era reaches it the same way.
/// </summary>
public static class ReviewSetup
{
    public const string DelegateEmail = "delegate@agency-one.example";
    public const string Investigator = "investigator@agency-one.example";
    public const string OtherDelegate = "delegate@agency-two.example";
    public const string DepartmentStaff = "staff@department.example";

    /// <summary>A day under the 2019 guide (E1) and one under policy update 1-2020 (E2).</summary>
    public static readonly DateOnly E1Day = new(2019, 3, 4);
    public static readonly DateOnly E2Day = new(2021, 6, 7);

    private static readonly Actor Builder = new("builder", "Test Builder");

    /// <summary>An incident at "follow-up determined" with <paramref name="followUp"/>, due in 30 days.</summary>
    public static async Task<int> DeterminedAsync(CimsAppFactory app, FollowUpAction followUp, DateOnly reportedOn)
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.AwaitingEndorsement, reportedOn: reportedOn);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var incident = await db.Incidents.SingleAsync(i => i.Id == id);
        var suggested = followUp == FollowUpAction.Investigation ? FollowUpAction.CaseReview : FollowUpAction.Investigation;
        incident.RecommendFollowUp(followUp, "Systemic problems with several contributing factors are suspected.", suggested).MustSucceed();
        await scope.ServiceProvider.GetRequiredService<DepartmentSubmission>()
            .SubmitAsync(incident, (i, _) => i.Endorse(Builder, IncidentBuilder.Now), "incident.endorsed", _ => "Endorsed by the test builder.", CancellationToken.None).MustSucceed();
        if (incident.Status == IncidentStatus.SubmittedToDepartment)
            incident.StartScreening(Builder, DateTimeOffset.UtcNow).MustSucceed();
        incident.DetermineFollowUp(followUp, new Deadline(DateTimeOffset.UtcNow.AddDays(30), "Test rule"), Builder, null, DateTimeOffset.UtcNow).MustSucceed();
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>
    /// A review assigned to the demo review manager; with <paramref name="complete"/> its report and plan are written
    /// (one overdue action and one due next year), then as asked submitted and approved.
    /// </summary>
    public static async Task<(int IncidentId, int ReviewId)> OpenAsync(
        CimsAppFactory app, FollowUpAction followUp, DateOnly reportedOn, bool complete = false, bool submit = false, bool approve = false)
    {
        var incidentId = await DeterminedAsync(app, followUp, reportedOn);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
        var review = await OpenOnAsync(scope.ServiceProvider, incident);
        if (complete)
            Complete(review);
        if (submit)
            review.Submit(incident, Builder, DateTimeOffset.UtcNow).MustSucceed();
        if (approve)
            review.Approve(incident, Builder, investigationDone: false, DateTimeOffset.UtcNow).MustSucceed();
        db.Reviews.Add(review);
        await db.SaveChangesAsync();
        return (incidentId, review.Id);
    }

    /// <summary>
    /// An E1 incident with "Investigation outcome + case review": its case review approved and kept by the organisation,
    /// its investigation's outcome approved and waiting for the department.
    /// </summary>
    public static async Task<(int IncidentId, int InvestigationId, int ReviewId)> CombinedUnderE1Async(CimsAppFactory app)
    {
        var incidentId = await DeterminedAsync(app, FollowUpAction.InvestigationOutcomeCaseReview, E1Day);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
        var now = DateTimeOffset.UtcNow;
        var investigation = Investigation.Open(incident, await ManagerAsync(scope.ServiceProvider), Builder, now).MustSucceed();
        investigation.SavePlan(Investigations.InvestigationBuilder.CompletePlan, now).MustSucceed();
        investigation.SubmitPlan(Builder, now).MustSucceed();
        investigation.EndorsePlan(incident, Builder, now).MustSucceed();
        investigation.Propose(Investigation.ProposedBy(incident, "Physical abuse"));
        foreach (var allegation in investigation.Allegations)
            investigation.RecordFinding(allegation.Number, AllegationFinding.Substantiated, "Two staff saw it.", now).MustSucceed();
        investigation.SaveOutcome(new InvestigationOutcome(null, "A case review follows.", "The family is told by the manager.", "Retrain the team."), now).MustSucceed();
        investigation.SubmitOutcome(incident, Builder, now).MustSucceed();
        investigation.ApproveOutcome(incident, Builder, now).MustSucceed();
        db.Investigations.Add(investigation);
        var review = await OpenOnAsync(scope.ServiceProvider, incident);
        Complete(review);
        review.Submit(incident, Builder, now).MustSucceed();
        review.Approve(incident, Builder, investigationDone: false, now).MustSucceed();
        db.Reviews.Add(review);
        await db.SaveChangesAsync();
        return (incidentId, investigation.Id, review.Id);
    }

    /// <summary>Writes every part the review's kind asks for: one action overdue since last month, one due next year.</summary>
    public static void Complete(Review review)
    {
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (review.Kind == ReviewKind.CaseReview)
        {
            review.SaveCaseReport(new CaseReviewReport(
                today.AddMonths(-3), today.AddDays(-1), "Jo was pushed in the lounge room.", "Why staff worked alone.", "Repeated falls.",
                "Read the case notes and rosters.", "Spoke with Jo and two staff.", "Rosters for three months.", "Rostering left one worker alone."), now).MustSucceed();
        }
        else
        {
            review.SaveRcaReport(new RcaReport("Robin Reviewer, the practice lead and a nurse.", "Falls follow transfers done alone."), now).MustSucceed();
            review.AddTimelineEntry(today.AddDays(-10), new TimeOnly(19, 40), "Jo transferred to bed by one worker.", now).MustSucceed();
            review.AddRootCause("The roster leaves one worker on evenings.", now).MustSucceed();
        }

        review.AddAction("Roster two workers on evenings.", "Operations manager", today.AddMonths(-1), now).MustSucceed();
        review.AddAction("Train staff in two-person transfers.", "Practice lead", today.AddYears(1), now).MustSucceed();
    }

    private static async Task<Review> OpenOnAsync(IServiceProvider services, Incident incident) =>
        Review.Open(incident, await ManagerAsync(services), false, Builder, DateTimeOffset.UtcNow).MustSucceed();

    private static async Task<Assignee> ManagerAsync(IServiceProvider services)
    {
        var manager = await services.GetRequiredService<UserManager<CimsUser>>().FindByEmailAsync(Investigator)
            ?? throw new InvalidOperationException($"No user {Investigator}.");
        return Assignee.Internal(manager.Id, manager.DisplayName, manager.Email);
    }
}
