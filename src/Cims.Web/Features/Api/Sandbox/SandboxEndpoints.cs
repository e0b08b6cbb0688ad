using System.Security.Claims;
using Cims.Domain.Organisations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Api.Sandbox;

/// <summary>
/// /api/v1/sandbox/clients: the synthetic clients a sandbox client may name in its reports. Only the sandbox
/// organisation's clients find it; any other client gets 404, as for a thing that is not theirs.
/// </summary>
public static class SandboxEndpoints
{
    public static void MapSandbox(this RouteGroupBuilder api) =>
        api.MapGet("/sandbox/clients", ClientsAsync).RequireAuthorization(ApiScopes.Policy(ApiScopes.ReferenceRead))
            .WithTags("Sandbox").WithName("GetSandboxClients").WithSummary("The API sandbox's synthetic clients (sandbox clients only)")
            .Produces<IReadOnlyList<SandboxClient>>().ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> ClientsAsync(ClaimsPrincipal user, CimsDbContext db, CancellationToken ct)
    {
        var organisationId = user.OrganisationId();
        return await db.Organisations.AnyAsync(o => o.Id == organisationId && o.Kind == OrganisationKind.Sandbox, ct)
            ? TypedResults.Ok(SandboxClients.All)
            : ApiProblems.NotFound();
    }

    public static IServiceCollection AddApiSandbox(this IServiceCollection services) =>
        services.AddScoped<GetSandboxPage>().AddScoped<IssueSandboxCredentials>();
}
