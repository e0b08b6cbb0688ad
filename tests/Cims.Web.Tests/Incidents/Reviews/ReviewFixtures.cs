using Cims.Domain.Incidents;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Incidents.Reviews;

/// <summary>
/// Reviews put straight into the database for the register, reminder, my-work and PDF tests: an E1 major incident of
/// agency one screened to a review, assigned to the demo investigator (a review manager), then changed as a test needs.
/// </summary>
public static class ReviewFixtures
{
    public const string Investigator = "investigator@agency-one.example";

    public static readonly Actor Builder = new("builder", "Test Builder");

    /// <summary>An incident screened to <paramref name="followUp"/> with its review assigned to <paramref name="managerEmail"/>.</summary>
    public static Task<(int IncidentId, int ReviewId)> OpenedAsync(
        CimsAppFactory app, FollowUpAction followUp = FollowUpAction.CaseReview, string managerEmail = Investigator, DateTimeOffset? dueAt = null) =>
        ReviewBuilder.CreateAsync(app, followUp, ReviewBuilder.E1Day, managerEmail, dueAt: dueAt ?? DateTimeOffset.UtcNow.AddDays(30));

    /// <summary>Applies <paramref name="change"/> to the review and its incident, and saves.</summary>
    public static async Task ChangeAsync(CimsAppFactory app, int id, Action<Review, Incident, DateTimeOffset> change)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var review = await db.Reviews.SingleAsync(r => r.Id == id);
        change(review, await db.Incidents.SingleAsync(i => i.Id == review.IncidentId), DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    /// <summary>A complete case review report.</summary>
    public static readonly CaseReviewReport CaseReport = new(
        new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 22), "Jo fell during an evening transfer.", "Transfers done alone.",
        "Two falls in a month.", "Desk review of the roster and case notes.", "The two evening staff.", "Roster and case notes.",
        "The roster leaves one worker on evenings.");

    /// <summary>A case review whose report and one action are written and submitted for approval.</summary>
    public static async Task<(int IncidentId, int Id)> SubmittedAsync(CimsAppFactory app, DateOnly? actionDue = null)
    {
        var (incidentId, id) = await OpenedAsync(app);
        await ChangeAsync(app, id, (review, incident, now) =>
        {
            review.SaveCaseReport(CaseReport, now).MustSucceed();
            review.AddAction("Roster two workers on evenings.", "Operations manager", actionDue ?? new DateOnly(2027, 2, 28), now).MustSucceed();
            review.Submit(incident, Builder, now).MustSucceed();
        });
        return (incidentId, id);
    }
}
