using Cims.Web.Features.Api.Idempotency;
using Cims.Web.Features.Api.Incidents;
using Cims.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Cims.Web.Features.Api.Docs;

/// <summary>
/// What every API operation shares, written into the document: its security requirement with the scope of its policy,
/// the Idempotency-Key header on a POST or PUT, a description for each response the filters and the token check can
/// give, and the example request body of a POST or PUT (<see cref="ApiExamples"/>).
/// </summary>
public sealed class ApiOperationTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var method = context.Description.HttpMethod ?? "";
        var writes = HttpMethods.IsPost(method) || HttpMethods.IsPut(method);
        if (Scope(context) is { } scope)
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocs.SecuritySchemeId, context.Document)] = [scope] }];
            Respond(operation, StatusCodes.Status401Unauthorized, "No access token, or it is invalid, expired or revoked.");
            Respond(operation, StatusCodes.Status403Forbidden, $"The access token does not carry the scope {scope}.");
        }

        if (writes)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyFilter.Header,
                In = ParameterLocation.Header,
                Required = true,
                Description = "The client's own unique key for this request (up to 255 printable characters), the same when it retries: " +
                    "the same key with the same request gives the first response again (Idempotent-Replayed: true), with other content 409.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyEntry.KeyMaxLength },
            });
            Respond(operation, StatusCodes.Status409Conflict, "Problem details: the Idempotency-Key was used with another request or its first request is still running, " +
                "or the change comes too late (its code says which, e.g. incident.department_has_acted).");
            await ApiExamples.AddAsync(operation, method, context.Description.RelativePath ?? "", context.ApplicationServices, cancellationToken);
        }

        Describe(operation, writes);
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<SendsETag>().Any())
            Header(operation, "200", "ETag", "The incident's version: send it in If-Match with the next PUT.", JsonSchemaType.String);
    }

    private static string? Scope(OpenApiOperationTransformerContext context) =>
        context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy)
            .Select(p => ApiScopes.All.FirstOrDefault(s => ApiScopes.Policy(s) == p)).FirstOrDefault(s => s is not null);

    private static void Describe(OpenApiOperation operation, bool writes)
    {
        Respond(operation, StatusCodes.Status200OK, "OK.");
        Respond(operation, StatusCodes.Status201Created, "Created: the Location header names where to follow it.");
        Respond(operation, StatusCodes.Status400BadRequest, writes
            ? "Problem details: the request has errors (\"errors\" names each field with the web form's message), or the Idempotency-Key header is missing."
            : "Problem details: the request has errors.");
        Respond(operation, StatusCodes.Status404NotFound, "Problem details: not found, or it belongs to another organisation.");
        Respond(operation, StatusCodes.Status415UnsupportedMediaType, "Problem details: the body is not sent as application/json.");
        Respond(operation, StatusCodes.Status429TooManyRequests, "Problem details: too many calls from this client; retry after the seconds in Retry-After.");
        Header(operation, "201", "Location", "Where to follow what was created.", JsonSchemaType.String);
        Header(operation, "429", "Retry-After", "Seconds to wait before the next call.", JsonSchemaType.Integer);
        operation.Responses ??= [];
        var ordered = operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        operation.Responses.Clear();
        foreach (var (status, response) in ordered)
            operation.Responses[status] = response;
    }

    private static void Header(OpenApiOperation operation, string status, string name, string description, JsonSchemaType type)
    {
        if (operation.Responses?.TryGetValue(status, out var found) != true || found is not OpenApiResponse response)
            return;
        response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type } };
    }

    /// <summary>Adds the response if the operation has none for the status, and gives an existing one its description.</summary>
    private static void Respond(OpenApiOperation operation, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        operation.Responses ??= [];
        if (!operation.Responses.TryGetValue(key, out var response))
        {
            if (status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden or StatusCodes.Status409Conflict)
                operation.Responses[key] = new OpenApiResponse { Description = description };
            return;
        }

        if (response is OpenApiResponse concrete)
            concrete.Description = description;
    }
}
