using System.Security.Claims;
using Cims.Web.Features.Api.Incidents;
using Cims.Web.Features.Incidents.Reviews;
using Cims.Web.Infrastructure.Api;

namespace Cims.Web.Features.Api.Outcomes;

/// <summary>
/// GET /api/v1/incidents/{id}/review: the incident's case review or RCA review, its clock, and its report and actions
/// once finished: the review feature's <see cref="GetReviewOutcome"/>. No review, or another organisation's incident:
/// not found.
/// </summary>
public static class GetReviewEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/incidents/{id:int}/review", GetAsync).RequireAuthorization(ApiScopes.Policy(ApiScopes.IncidentsRead))
            .WithTags(IncidentEndpoints.Tag).WithName("GetReview").WithSummary("An incident's case review or RCA review and, once finished, its report")
            .Produces<ReviewView>().ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal user, GetReviewOutcome review, CancellationToken ct) =>
        await review.RunAsync(id, user, ct) is { } found ? TypedResults.Ok(found) : ApiProblems.NotFound();
}
