using System.Text.Json.Serialization;
using Cims.Web.Features.Api.Access;
using Cims.Web.Features.Api.Docs;
using Cims.Web.Features.Api.Idempotency;
using Cims.Web.Features.Api.Incidents;
using Cims.Web.Features.Api.Reference;
using Cims.Web.Features.Api.Sandbox;
using Cims.Web.Features.Api.Webhooks;
using Cims.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Diagnostics;

namespace Cims.Web.Features.Api;

/// <summary>
/// The API for provider systems: minimal API endpoints in one versioned route group, each requiring an access token
/// with its scope (the OpenIddict validation scheme, never the web app's cookie), each call audited. JSON names are
/// camel case and enums travel as their names ("Major", "SubmittedToDepartment").
/// </summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";

    public static IServiceCollection AddApiFeatures(this IServiceCollection services)
    {
        services.AddScoped<GetReference>();
        services.AddApiIdempotency();
        services.AddOptions<ApiRateLimitOptions>().BindConfiguration(ApiRateLimitOptions.Section);
        services.AddSingleton<ApiRateLimit>();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddApiDocs();
        services.AddWebhooks();
        services.AddApiSandbox();
        services.AddApiAccess();
        return services;
    }

    public static void MapCimsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).AddEndpointFilter<SandboxView>().AddEndpointFilter<ApiCallAudit>()
            .AddEndpointFilter(app.ServiceProvider.GetRequiredService<ApiRateLimit>()).AddEndpointFilter<IdempotencyFilter>();
        api.MapGet("/reference", (System.Security.Claims.ClaimsPrincipal user, GetReference reference, CancellationToken ct) => reference.RunAsync(user, ct))
            .RequireAuthorization(ApiScopes.Policy(ApiScopes.ReferenceRead))
            .WithTags("Reference").WithName("GetReference").WithSummary("The reference data a report's codes map to").Produces<ReferenceData>();
        api.MapIncidents();
        api.MapSandbox();
        api.ProducesProblem(StatusCodes.Status429TooManyRequests);
        app.MapApiDocs();
    }

    /// <summary>The API's paths and its token endpoint: they answer with problem details, never an HTML page.</summary>
    public static bool IsApiPath(PathString path) => path.StartsWithSegments(Prefix) || path.StartsWithSegments(ApiAuthSetup.TokenEndpoint);

    /// <summary>
    /// Requests to the API and the token endpoint answer for themselves: no HTML status page replaces an empty 401, 403
    /// or 404, and a failure nobody expected is a 500 problem details with the request's trace id (logged in full,
    /// nothing of it told to the client) instead of the web app's error page.
    /// </summary>
    public static void UseApiStatusCodes(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!IsApiPath(context.Request.Path))
        {
            await next(context);
            return;
        }

        context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiEndpoints))
                .LogError(ex, "The API request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await TypedResults.Problem(
                statusCode: StatusCodes.Status500InternalServerError,
                title: "The request could not be completed because of an error in CIMS. Try again later; if it keeps failing, give the department this trace id.",
                extensions: new Dictionary<string, object?> { ["traceId"] = context.TraceIdentifier }).ExecuteAsync(context);
        }
    });
}
