using System.Text.Json.Serialization;
using Cims.Web.Features.Api.Docs;
using Cims.Web.Features.Api.Idempotency;
using Cims.Web.Features.Api.Incidents;
using Cims.Web.Features.Api.Reference;
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
        return services;
    }

    public static void MapCimsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).AddEndpointFilter<ApiCallAudit>()
            .AddEndpointFilter(app.ServiceProvider.GetRequiredService<ApiRateLimit>()).AddEndpointFilter<IdempotencyFilter>();
        api.MapGet("/reference", (System.Security.Claims.ClaimsPrincipal user, GetReference reference, CancellationToken ct) => reference.RunAsync(user, ct))
            .RequireAuthorization(ApiScopes.Policy(ApiScopes.ReferenceRead))
            .WithTags("Reference").WithName("GetReference").WithSummary("The reference data a report's codes map to").Produces<ReferenceData>();
        api.MapIncidents();
        api.ProducesProblem(StatusCodes.Status429TooManyRequests);
        app.MapApiDocs();
    }

    /// <summary>Requests to the API and the token endpoint answer for themselves: no HTML status page replaces an empty 401, 403 or 404.</summary>
    public static void UseApiStatusCodes(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments(Prefix) || context.Request.Path.StartsWithSegments(ApiAuthSetup.TokenEndpoint))
            context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        return next(context);
    });
}
