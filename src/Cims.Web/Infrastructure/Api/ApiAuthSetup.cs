using Cims.Web.Data;
using Cims.Web.Infrastructure.Startup;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;

namespace Cims.Web.Infrastructure.Api;

/// <summary>
/// OAuth 2.0 for provider systems in the same host: an OpenIddict server issuing access tokens by the client-credentials
/// flow at /connect/token (applications, tokens and the <see cref="ApiClient"/> table in the CIMS database), and
/// OpenIddict validation of those tokens by the local server. The web app keeps its cookie scheme and fallback policy:
/// only the API's policies name the validation scheme.
/// </summary>
public static class ApiAuthSetup
{
    public const string TokenEndpoint = "/connect/token";

    public static IServiceCollection AddCimsApiAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
        var requireHttps = settings.RequireHttps ?? !(environment.IsDevelopment() || environment.IsEnvironment("Testing"));
        var issuer = configuration[$"{CimsOptions.Section}:PublicBaseUrl"];
        services.AddCimsApiClients()
            .AddServer(o =>
            {
                o.SetTokenEndpointUris(TokenEndpoint.TrimStart('/'));
                o.AllowClientCredentialsFlow();
                o.RegisterScopes(ApiScopes.All);
                o.SetAccessTokenLifetime(TimeSpan.FromMinutes(settings.AccessTokenMinutes));
                if (!string.IsNullOrWhiteSpace(issuer))
                    o.SetIssuer(new Uri(issuer));
                o.AddEventHandler<OpenIddictServerEvents.HandleTokenRequestContext>(h => h.UseScopedHandler<IssueApiToken>());
                var aspNetCore = o.UseAspNetCore();
                if (!requireHttps)
                    aspNetCore.DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
                o.AddEventHandler(RefuseRevokedClients.Descriptor);
            });
        services.AddSingleton<ApiTokenKeys>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(sp => sp.GetRequiredService<ApiTokenKeys>());
        services.AddHostedService(sp => sp.GetRequiredService<ApiTokenKeys>());
        var authorization = services.AddAuthorizationBuilder();
        foreach (var scope in ApiScopes.All)
        {
            authorization.AddPolicy(ApiScopes.Policy(scope), p => p
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(c => c.User.HasScope(scope)));
        }

        return services;
    }

    /// <summary>
    /// OpenIddict's stores over the CIMS database with <see cref="CimsApplicationManager"/>, and the registry of API
    /// clients: all that the seeders and the command-line verbs need, without the token server.
    /// </summary>
    public static OpenIddictBuilder AddCimsApiClients(this IServiceCollection services)
    {
        var builder = services.AddOpenIddict().AddCore(o =>
        {
            o.UseEntityFrameworkCore().UseDbContext<CimsDbContext>();
            o.ReplaceApplicationManager<OpenIddictEntityFrameworkCoreApplication, CimsApplicationManager>(); // revoked clients, the previous secret during its overlap
        });
        services.AddScoped(sp => (CimsApplicationManager)sp.GetRequiredService<OpenIddict.Core.OpenIddictApplicationManager<OpenIddictEntityFrameworkCoreApplication>>());
        services.AddScoped<ApiClientRegistry>();
        return builder;
    }
}

/// <summary>The API's settings (section "Api").</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>How long an access token lasts; a client asks for a new one when it expires.</summary>
    public int AccessTokenMinutes { get; set; } = 10;

    /// <summary>Refuse token requests over plain HTTP (off in Development and tests; off behind a TLS-terminating proxy that forwards plain HTTP).</summary>
    public bool? RequireHttps { get; set; }

    /// <summary>How long a client's previous secret is still accepted after its secret is rotated.</summary>
    public int SecretOverlapHours { get; set; } = 24;

    public TimeSpan SecretOverlap => TimeSpan.FromHours(Math.Max(0, SecretOverlapHours));
}
