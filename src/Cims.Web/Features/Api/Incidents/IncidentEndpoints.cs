using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Features.Incidents.Report.Submission;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Api;
using FluentValidation;

namespace Cims.Web.Features.Api.Incidents;

/// <summary>What the client gets back for a new incident: where to follow it, its number, status and reporting deadline.</summary>
public sealed record CreatedIncident(int Id, string? Number, IncidentStatus Status, DateTimeOffset? DueAt);

/// <summary>
/// /api/v1/incidents: a report endorsed in the provider's system (validated by the web form's validators, submitted by
/// the incident feature's <see cref="SubmitEndorsedReport"/>), and an incident's status and deadlines. An incident of
/// another organisation is not found.
/// </summary>
public static class IncidentEndpoints
{
    public const string Tag = "Incidents";

    public static void MapIncidents(this RouteGroupBuilder api)
    {
        api.MapPost("/incidents", CreateAsync).RequireAuthorization(ApiScopes.Policy(ApiScopes.IncidentsWrite))
            .WithTags(Tag).WithName("CreateIncident").WithSummary("Submit a report endorsed in the provider's system").Accepts<EndorsedReport>("application/json")
            .Produces<CreatedIncident>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/incidents/{id:int}", GetAsync).RequireAuthorization(ApiScopes.Policy(ApiScopes.IncidentsRead))
            .WithTags(Tag).WithName("GetIncident").WithSummary("An incident's status and deadlines")
            .Produces<IncidentStatusView>().ProducesProblem(StatusCodes.Status404NotFound).WithMetadata(new SendsETag());
        api.MapGet("/incidents", ChangedIncidentsEndpoint.ListAsync).RequireAuthorization(ApiScopes.Policy(ApiScopes.IncidentsRead))
            .WithTags(Tag).WithName("ListChangedIncidents").WithSummary("The organisation's incidents changed since a time, oldest change first")
            .Produces<ChangedIncidentsPage>().ProducesValidationProblem();
        api.MapReviseIncident();
        GetFollowUpEndpoint.Map(api);
        PutFollowUpEndpoint.Map(api);
        Outcomes.GetInvestigationEndpoint.Map(api);
        Outcomes.GetReviewEndpoint.Map(api);
        Outcomes.GetActionsEndpoint.Map(api);
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, ClaimsPrincipal user, IValidator<EndorsedReport> validator, SubmitEndorsedReport submit, CancellationToken ct)
    {
        var (report, unreadable) = await ApiJson.ReadAsync<EndorsedReport>(request, ct);
        if (report is null)
            return unreadable!;
        var validation = await validator.ValidateAsync(report, ct);
        if (!validation.IsValid)
            return ApiProblems.Invalid(validation);
        var result = await submit.RunAsync(user, report, ct);
        if (result.Failed)
            return ApiProblems.Of(result.Error);
        var created = result.Value;
        return TypedResults.Created(Location(created.Id), new CreatedIncident(created.Id, created.Number, created.Status, created.DueAt));
    }

    /// <summary>The incident's status, with its <see cref="IncidentETag"/> for a later PUT (the version is read first: an ETag never newer than the body).</summary>
    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal user, GetIncidentStatus status, HttpResponse response, CancellationToken ct)
    {
        if (await status.VersionAsync(id, user, ct) is not { } version || await status.RunAsync(id, user, ct) is not { } found)
            return ApiProblems.NotFound();
        IncidentETag.Set(response, version);
        return TypedResults.Ok(found);
    }

    public static string Location(int id) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ApiEndpoints.Prefix}/incidents/{id}");
}
