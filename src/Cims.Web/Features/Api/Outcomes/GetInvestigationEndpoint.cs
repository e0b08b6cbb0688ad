using System.Security.Claims;
using Cims.Web.Features.Api.Incidents;
using Cims.Web.Features.Incidents.Investigations;
using Cims.Web.Infrastructure.Api;

namespace Cims.Web.Features.Api.Outcomes;

/// <summary>
/// GET /api/v1/incidents/{id}/investigation: the incident's investigation, its clock, its allegations, and its findings,
/// outcome and recommendations once the department accepted it: the investigation feature's
/// <see cref="GetInvestigationOutcome"/>. No investigation, or another organisation's incident: not found.
/// </summary>
public static class GetInvestigationEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/incidents/{id:int}/investigation", GetAsync).RequireAuthorization(ApiScopes.Policy(ApiScopes.IncidentsRead))
            .WithTags(IncidentEndpoints.Tag).WithName("GetInvestigation").WithSummary("An incident's investigation and, once accepted, its outcome")
            .Produces<InvestigationView>().ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal user, GetInvestigationOutcome investigation, CancellationToken ct) =>
        await investigation.RunAsync(id, user, ct) is { } found ? TypedResults.Ok(found) : ApiProblems.NotFound();
}
