using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;

namespace Cims.Web.Features.Api.Sandbox;

/// <summary>
/// An API call sees its own organisation's sandbox records: the request's unit of work is told the caller's
/// organisation (<see cref="CimsDbContext.ShowSandboxOf"/>), so a sandbox client finds its own synthetic incidents and
/// its organisation's reference data while every other caller, page and job still cannot see them. A real
/// organisation's client sees nothing more (it has no sandbox records).
/// </summary>
public sealed class SandboxView : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated == true && user.HasClaim(c => c.Type == CimsClaimTypes.OrganisationId))
            context.HttpContext.RequestServices.GetRequiredService<CimsDbContext>().ShowSandboxOf(user.OrganisationId());
        return next(context);
    }
}
