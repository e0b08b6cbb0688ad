using Cims.Web.Data;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Infrastructure.Auditing;

namespace Cims.Web.Features.Api;

/// <summary>
/// Every API call a client makes goes to the audit log ("api.called": the client, method, path and status), in its
/// own unit of work after the call, so a failed or refused call is recorded too and the call's own entries stay with
/// its change.
/// </summary>
public sealed class ApiCallAudit(IServiceScopeFactory scopes) : IEndpointFilter
{
    public const string Action = "api.called";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            var result = await next(context);
            status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : http.Response.StatusCode;
            return result;
        }
        finally
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<AuditLog>().Record(
                Action, ApiClientRegistry.EntityType, http.User.ApiClientId() ?? "", $"{http.Request.Method} {http.Request.Path} → {status}");
            await scope.ServiceProvider.GetRequiredService<CimsDbContext>().SaveChangesAsync(CancellationToken.None);
        }
    }
}
