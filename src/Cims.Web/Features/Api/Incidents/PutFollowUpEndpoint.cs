using System.Security.Claims;
using Cims.Web.Features.Incidents.Endorsement;
using Cims.Web.Features.Incidents.Report.Submission;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Api;
using FluentValidation;

namespace Cims.Web.Features.Api.Incidents;

/// <summary>
/// PUT /api/v1/incidents/{id}/follow-up: the organisation changes the follow-up it recommends (the endorsement form's
/// rules and messages) while the department has not decided: then 409 with the code "incident.follow_up_decided".
/// The answer is the follow-up as GET gives it.
/// </summary>
public static class PutFollowUpEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/incidents/{id:int}/follow-up", PutAsync).RequireAuthorization(ApiScopes.Policy(ApiScopes.IncidentsWrite))
            .WithTags(IncidentEndpoints.Tag).WithName("ChangeFollowUpRecommendation")
            .WithSummary("Change the recommended follow-up until the department decides").Accepts<FollowUpRecommendation>("application/json")
            .Produces<FollowUpView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<IResult> PutAsync(
        int id, HttpRequest request, ClaimsPrincipal user, IValidator<FollowUpRecommendation> validator, ChangeRecommendation change,
        GetFollowUp followUp, CancellationToken ct)
    {
        var (recommendation, unreadable) = await ApiJson.ReadAsync<FollowUpRecommendation>(request, ct);
        if (recommendation is null)
            return unreadable!;
        var validation = await validator.ValidateAsync(recommendation, ct);
        if (!validation.IsValid)
            return ApiProblems.Invalid(validation);
        var changed = await change.RunAsync(id, recommendation, user, ct);
        if (changed.Failed)
            return ApiProblems.Of(changed.Error);
        return await followUp.RunAsync(id, user, ct) is { } found ? TypedResults.Ok(found) : ApiProblems.NotFound();
    }
}
