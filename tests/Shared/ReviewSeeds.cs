using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Features.Incidents;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Tests.Shared;

/// <summary>
/// Puts reviews straight into a test app's database (web and browser tests): the delegate recommends the follow-up at
/// endorsement and department staff determine it, so every era reaches it the same way; then the review is opened for
/// the demo review manager and, as asked, written, submitted and approved.
/// </summary>
public static class ReviewSeeds
{
    public const string ReviewManager = "investigator@agency-one.example";

    private static readonly Actor Builder = new("builder", "Test Builder");

    /// <summary>Brings an incident awaiting endorsement (or already at the department) to "follow-up determined" with <paramref name="followUp"/>, due in 30 days.</summary>
    public static async Task DetermineAsync(IServiceProvider services, int incidentId, FollowUpAction followUp)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
        if (incident.CanEndorse)
        {
            var suggested = followUp == FollowUpAction.Investigation ? FollowUpAction.CaseReview : FollowUpAction.Investigation;
            incident.RecommendFollowUp(followUp, "Systemic problems with several contributing factors are suspected.", suggested).MustSucceed();
            await scope.ServiceProvider.GetRequiredService<DepartmentSubmission>()
                .SubmitAsync(incident, (i, _) => i.Endorse(Builder, DateTimeOffset.UtcNow), "incident.endorsed", _ => "Endorsed by the test builder.", CancellationToken.None).MustSucceed();
        }

        if (incident.Status == IncidentStatus.SubmittedToDepartment)
            incident.StartScreening(Builder, DateTimeOffset.UtcNow).MustSucceed();
        incident.DetermineFollowUp(followUp, new Deadline(DateTimeOffset.UtcNow.AddDays(30), "Test rule"), Builder, null, DateTimeOffset.UtcNow).MustSucceed();
        await db.SaveChangesAsync();
    }

    /// <summary>Opens the review of an incident whose follow-up calls for one; returns its id.</summary>
    public static async Task<int> OpenAsync(IServiceProvider services, int incidentId, bool complete = false, bool submit = false, bool approve = false)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
        var review = Review.Open(incident, await ManagerAsync(scope.ServiceProvider), false, Builder, DateTimeOffset.UtcNow).MustSucceed();
        if (complete)
            Complete(review);
        if (submit)
            review.Submit(incident, Builder, DateTimeOffset.UtcNow).MustSucceed();
        if (approve)
            review.Approve(incident, Builder, investigationDone: false, DateTimeOffset.UtcNow).MustSucceed();
        db.Reviews.Add(review);
        await db.SaveChangesAsync();
        return review.Id;
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

    /// <summary>The demo review manager as an assignee.</summary>
    public static async Task<Assignee> ManagerAsync(IServiceProvider services)
    {
        var manager = await services.GetRequiredService<UserManager<CimsUser>>().FindByEmailAsync(ReviewManager)
            ?? throw new InvalidOperationException($"No user {ReviewManager}.");
        return Assignee.Internal(manager.Id, manager.DisplayName, manager.Email);
    }
}
