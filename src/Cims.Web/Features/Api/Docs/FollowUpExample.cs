using System.Text.Json.Nodes;
using Cims.Domain.Incidents;

namespace Cims.Web.Features.Api.Docs;

/// <summary>
/// A recommendation for PUT /api/v1/incidents/{id}/follow-up: a case review instead of the rules' suggestion, with the
/// reason the department reads. To withdraw a recommendation, send the suggestion or no action.
/// </summary>
public static class FollowUpExample
{
    public static Task<JsonNode> BuildAsync(IServiceProvider services, CancellationToken ct) => Task.FromResult<JsonNode>(new JsonObject
    {
        ["action"] = nameof(FollowUpAction.CaseReview),
        ["reason"] = "The subject of allegation is a visitor, not staff: a case review of the visiting arrangements fits better than an investigation.",
    });
}
