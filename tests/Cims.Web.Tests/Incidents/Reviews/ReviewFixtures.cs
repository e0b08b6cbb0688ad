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
/// Reviews put straight into the database for the register, reminder, my-work and PDF tests: an E1 major incident of
/// agency one screened to a review, assigned to the demo investigator (a review manager), then changed as a test needs.
/// </summary>
public static class ReviewFixtures
{
    public const string Investigator = "investigator@agency-one.example";

    public static readonly Actor Builder = new("builder", "Test Builder");

    /// <summary>An incident screened to <paramref name="followUp"/> with its review assigned to <paramref name="managerEmail"/>.</summary>
    public static async Task<(int IncidentId, int Id)> OpenedAsync(CimsAppFactory app, FollowUpAction followUp = FollowUpAction.CaseReview, string managerEmail = Investigator, DateTimeOffset? dueAt = null)
    {
        var incidentId = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: new DateOnly(2019, 3, 4));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var manager = await scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>().FindByEmailAsync(managerEmail)
            ?? throw new InvalidOperationException($"No user {managerEmail}.");
        var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
        incident.DetermineFollowUp(followUp, new Deadline(dueAt ?? DateTimeOffset.UtcNow.AddDays(30), "Test rule"), Builder, null, DateTimeOffset.UtcNow).MustSucceed();
        var review = Review.Open(incident, Assignee.Internal(manager.Id, manager.DisplayName, manager.Email), false, Builder, DateTimeOffset.UtcNow).MustSucceed();
        db.Reviews.Add(review);
        await db.SaveChangesAsync();
        return (incidentId, review.Id);
    }

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
