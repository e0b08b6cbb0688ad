using Cims.Web.Infrastructure.Api;
using Microsoft.OpenApi;

namespace Cims.Web.Features.Api.Docs;

/// <summary>
/// The API's documentation: the OpenAPI 3.1 document of the /api/v1 endpoints at /openapi/v1.json (the MVC pages are
/// left out), with the OAuth 2.0 client-credentials scheme, each operation's scope, the Idempotency-Key header, its
/// responses and an example request body; and the reference page over it at /api/docs. Both are anonymous: they
/// describe the API and hold no data.
/// </summary>
public static class ApiDocs
{
    public const string DocumentName = "v1";

    public const string DocumentPath = "/openapi/v1.json";

    public const string PagePath = "/api/docs";

    public const string SecuritySchemeId = "oauth2";

    public static IServiceCollection AddApiDocs(this IServiceCollection services) => services.AddOpenApi(DocumentName, o =>
    {
        o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
        o.ShouldInclude = d => d.RelativePath?.StartsWith(ApiEndpoints.Prefix.TrimStart('/') + "/", StringComparison.Ordinal) == true;
        o.AddDocumentTransformer((document, _, _) =>
        {
            Describe(document);
            return Task.CompletedTask;
        });
        o.AddOperationTransformer<ApiOperationTransformer>();
        o.AddDocumentTransformer<ApiFieldHelp>();
    });

    public static void MapApiDocs(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapGet(PagePath, ApiDocsPage.Render).AllowAnonymous().ExcludeFromDescription();
    }

    private static void Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "CIMS API",
            Version = DocumentName,
            Description = "Provider systems submit incidents endorsed in their own system and follow them. Get an access token by the OAuth 2.0 " +
                "client-credentials flow at " + ApiAuthSetup.TokenEndpoint + " with the client id and secret issued at onboarding, and send it " +
                "as a Bearer token. Send an Idempotency-Key with every POST and PUT, the same when you retry. Errors are RFC 9457 problem details.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[SecuritySchemeId] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "OAuth 2.0 client credentials: each operation names the scope it needs.",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri(ApiAuthSetup.TokenEndpoint, UriKind.Relative),
                    Scopes = new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        [ApiScopes.IncidentsWrite] = "Submit and update the organisation's incidents.",
                        [ApiScopes.IncidentsRead] = "Read the organisation's incidents, their status and deadlines.",
                        [ApiScopes.ReferenceRead] = "Read the reference data a report names.",
                    },
                },
            },
        };
    }
}
