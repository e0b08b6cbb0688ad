using System.Security.Claims;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Api;

namespace Cims.Web.Features.Api.Incidents;

/// <summary>
/// GET /api/v1/incidents/{id}/follow-up: the follow-up the organisation recommended, the rules' suggestion (major
/// impact), the department's decision, and whether the recommendation may still change: the incident feature's
/// <see cref="GetFollowUp"/>. Another organisation's incident is not found.
/// </summary>
public static class GetFollowUpEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/incidents/{id:int}/follow-up", GetAsync).RequireAuthorization(ApiScopes.Policy(ApiScopes.IncidentsRead))
            .WithTags(IncidentEndpoints.Tag).WithName("GetFollowUp").WithSummary("An incident's follow-up: the recommendation, the rules' suggestion, the department's decision")
            .Produces<FollowUpView>().ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal user, GetFollowUp followUp, CancellationToken ct) =>
        await followUp.RunAsync(id, user, ct) is { } found ? TypedResults.Ok(found) : ApiProblems.NotFound();
}
