using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Features.Incidents.Report.Submission;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Api;
using FluentValidation;
using Microsoft.OpenApi;

namespace Cims.Web.Features.Api.Incidents;

/// <summary>
/// PUT /api/v1/incidents/{id}: the provider's system replaces a report the department has not acted on (ADR 0035): the
/// POST's body and a reason, validated by the same validators, applied by the incident feature's
/// <see cref="ReviseEndorsedReport"/>. If-Match with the ETag of the last GET is required (412 when the incident changed
/// since, 428 without it); 409 once the department has acted; another organisation's incident is not found.
/// </summary>
public static class ReviseIncidentEndpoint
{
    public static void MapReviseIncident(this RouteGroupBuilder api) =>
        api.MapPut("/incidents/{id:int}", ReviseAsync).RequireAuthorization(ApiScopes.Policy(ApiScopes.IncidentsWrite))
            .WithTags(IncidentEndpoints.Tag).WithName("ReviseIncident")
            .WithSummary("Replace a report the department has not acted on yet")
            .WithDescription("Send the whole report again, as for POST, with a reason, and the ETag of your last GET in If-Match. "
                + "Allowed while the report waits for the monthly batch, is submitted and not yet routed by a person, or is in screening with no decision yet.")
            .Accepts<ReportRevision>("application/json").Produces<IncidentStatusView>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).WithMetadata(new SendsETag())
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "If-Match",
                    In = ParameterLocation.Header,
                    Required = true,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    Description = "The ETag of the incident as you last read it (GET /api/v1/incidents/{id}); the answer carries the new one.",
                });
                return Task.CompletedTask;
            });

    private static async Task<IResult> ReviseAsync(
        int id, HttpContext http, IValidator<ReportRevision> validator, ReviseEndorsedReport revise, GetIncidentStatus status, CancellationToken ct)
    {
        var ifMatch = IncidentETag.Read(http.Request);
        if (!ifMatch.Present)
            return ApiProblems.Of(StatusCodes.Status428PreconditionRequired, IfMatchRequired);
        var (revision, unreadable) = await ApiJson.ReadAsync<ReportRevision>(http.Request, ct);
        if (revision is null)
            return unreadable!;
        var validation = await validator.ValidateAsync(revision, ct);
        if (!validation.IsValid)
            return ApiProblems.Invalid(validation);
        var result = await revise.RunAsync(id, ifMatch.Versions, http.User, revision, ct);
        if (result.Failed)
            return Of(result.Error);
        IncidentETag.Set(http.Response, result.Value);
        return await status.RunAsync(id, http.User, ct) is { } view ? TypedResults.Ok(view) : ApiProblems.NotFound();
    }

    private static readonly Error IfMatchRequired = new(
        "incident.if_match_required", "Send If-Match with the ETag of the incident as you last read it (GET /api/v1/incidents/{id}).");

    /// <summary>A stale version is 412 (read the incident again); the rest as every endpoint answers them (409 once the department has acted).</summary>
    private static IResult Of(Error error) => error == IncidentErrors.Concurrency
        ? ApiProblems.Of(StatusCodes.Status412PreconditionFailed, error)
        : ApiProblems.Of(error);
}
