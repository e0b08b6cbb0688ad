using System.Security.Claims;
using Cims.Web.Features.Api.Incidents;
using Cims.Web.Features.Incidents.ActionRegister;
using Cims.Web.Infrastructure.Api;

namespace Cims.Web.Features.Api.Outcomes;

/// <summary>
/// GET /api/v1/incidents/{id}/actions: the action register's rows for the incident (its investigations'
/// recommendations and its reviews' actions) with their progress: the register's <see cref="ListIncidentActions"/>.
/// Another organisation's incident: not found; an incident without actions: an empty list.
/// </summary>
public static class GetActionsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/incidents/{id:int}/actions", GetAsync).RequireAuthorization(ApiScopes.Policy(ApiScopes.IncidentsRead))
            .WithTags(IncidentEndpoints.Tag).WithName("GetIncidentActions").WithSummary("An incident's recommendations and actions, and their progress")
            .Produces<IncidentActions>().ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal user, ListIncidentActions actions, CancellationToken ct) =>
        await actions.RunAsync(id, user, ct) is { } found ? TypedResults.Ok(found) : ApiProblems.NotFound();
}
