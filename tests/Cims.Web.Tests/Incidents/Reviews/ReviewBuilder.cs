using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Incidents.Reviews;

/// <summary>
/// Reviews put straight into the database: a major physical abuse screened by the department to a review follow-up,
/// with its review assigned to the demo review manager (or another user), and filled in through the domain so it can be
/// submitted.
/// </summary>
public static class ReviewBuilder
{
    public const string Manager = "investigator@agency-one.example";
    public const string DelegateEmail = "delegate@agency-one.example";
    public const string OtherDelegate = "delegate@agency-two.example";
    public const string DepartmentStaff = "staff@department.example";

    /// <summary>An E1 day (2019): the department screens a major incident and determines its follow-up.</summary>
    public static readonly DateOnly E1Day = new(2019, 3, 4);

    private static readonly Actor Builder = new("builder", "Test Builder");

    /// <summary>
    /// An incident reported on <paramref name="reportedOn"/> (an E1 day by default, so the department screens it), its
    /// follow-up determined as <paramref name="followUp"/> (due <paramref name="dueAt"/>, else 30 days after the builder's
    /// day), and the review opened with <paramref name="managerEmail"/> as manager.
    /// </summary>
    public static async Task<(int IncidentId, int ReviewId)> CreateAsync(
        CimsAppFactory app, FollowUpAction followUp = FollowUpAction.CaseReview, DateOnly? reportedOn = null,
        string managerEmail = Manager, bool jointWithDepartment = false, DateTimeOffset? dueAt = null)
    {
        var incidentId = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: reportedOn ?? E1Day);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var manager = await scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>().FindByEmailAsync(managerEmail)
            ?? throw new InvalidOperationException($"No user {managerEmail}.");
        var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
        if (incident.Status != IncidentStatus.DepartmentReview)
            throw new InvalidOperationException($"The incident went to {incident.Status}, not department screening: report it on an E1 day.");
        incident.DetermineFollowUp(followUp, new Deadline(dueAt ?? IncidentBuilder.Now.AddDays(30), "Test rule"), Builder, null, IncidentBuilder.Now).MustSucceed();
        var review = Review.Open(incident, Assignee.Internal(manager.Id, manager.DisplayName, manager.Email), jointWithDepartment, Builder, IncidentBuilder.Now).MustSucceed();
        db.Reviews.Add(review);
        await db.SaveChangesAsync();
        return (incidentId, review.Id);
    }

    /// <summary>Every section of the case review report and one action: ready to submit.</summary>
    public static Task CompleteCaseReviewAsync(CimsAppFactory app, int reviewId) => ChangeAsync(app, reviewId, (review, now) =>
    {
        review.SaveCaseReport(new CaseReviewReport(
            new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 22), "Jo was pushed in the lounge room.", "Why the push was not prevented.",
            "A single incident with a clear sequence.", "Case notes and the roster read; staff spoken to.", "Jo, Pat Staff and the shift lead.",
            "The roster and the case notes.", "One worker alone on evenings is the key issue."), now).MustSucceed();
        review.AddAction("Roster two workers on evenings.", "Operations manager", new DateOnly(2027, 2, 28), now).MustSucceed();
    });

    /// <summary>The RCA report, a timeline event, a root cause, a contributing factor and a response plan action: ready to submit.</summary>
    public static Task CompleteRcaReviewAsync(CimsAppFactory app, int reviewId) => ChangeAsync(app, reviewId, (review, now) =>
    {
        review.SaveRcaReport(new RcaReport("Robin, the practice lead and a nurse.", "Falls follow transfers done alone."), now).MustSucceed();
        review.AddTimelineEntry(new DateOnly(2026, 11, 21), new TimeOnly(19, 40), "Jo transferred to bed by one worker.", now).MustSucceed();
        review.AddRootCause("The roster leaves one worker on evenings.", now).MustSucceed();
        review.SetContributingFactors(["STAFFING"], null, now).MustSucceed();
        review.AddAction("Roster two workers on evenings.", "Operations manager", new DateOnly(2027, 2, 28), now).MustSucceed();
    });

    /// <summary>Changes the review through the domain and saves it.</summary>
    public static async Task ChangeAsync(CimsAppFactory app, int reviewId, Action<Review, DateTimeOffset> change)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        change(await db.Reviews.AsSplitQuery().SingleAsync(r => r.Id == reviewId), IncidentBuilder.Now);
        await db.SaveChangesAsync();
    }

    public static Task<Review> LoadAsync(CimsAppFactory app, int reviewId) =>
        app.WithDbAsync(db => db.Reviews.AsNoTracking().AsSplitQuery().SingleAsync(r => r.Id == reviewId));
}
