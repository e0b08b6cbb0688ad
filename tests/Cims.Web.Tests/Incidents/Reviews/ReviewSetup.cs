using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
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
        await ReviewSeeds.DetermineAsync(app.Services, id, followUp);
        return id;
    }

    /// <summary>A review assigned to the demo review manager, as far along as asked (see <see cref="ReviewSeeds.OpenAsync"/>).</summary>
    public static async Task<(int IncidentId, int ReviewId)> OpenAsync(
        CimsAppFactory app, FollowUpAction followUp, DateOnly reportedOn, bool complete = false, bool submit = false, bool approve = false)
    {
        var incidentId = await DeterminedAsync(app, followUp, reportedOn);
        return (incidentId, await ReviewSeeds.OpenAsync(app.Services, incidentId, complete, submit, approve));
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
        var investigation = Investigation.Open(incident, await ReviewSeeds.ManagerAsync(scope.ServiceProvider), Builder, now).MustSucceed();
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
        var review = Review.Open(incident, await ReviewSeeds.ManagerAsync(scope.ServiceProvider), false, Builder, now).MustSucceed();
        ReviewSeeds.Complete(review);
        review.Submit(incident, Builder, now).MustSucceed();
        review.Approve(incident, Builder, investigationDone: false, now).MustSucceed();
        db.Reviews.Add(review);
        await db.SaveChangesAsync();
        return (incidentId, investigation.Id, review.Id);
    }
}
