using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Api.Revision;

/// <summary>What a provider system does to correct a report: read its ETag, PUT the whole report again with a reason.</summary>
public static class RevisionSteps
{
    /// <summary>The incident's ETag from GET /api/v1/incidents/{id}.</summary>
    public static async Task<string> ETagAsync(this ApiVendor vendor, int id)
    {
        var response = await vendor.Http.GetAsync($"/api/v1/incidents/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.ToString();
    }

    /// <summary>Puts the report with a reason; If-Match when given, and a new Idempotency-Key unless one is given ("" for none).</summary>
    public static Task<HttpResponseMessage> PutIncidentAsync(this ApiVendor vendor, int id, JsonObject report, string? ifMatch, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/incidents/{id}") { Content = JsonContent.Create(report) };
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not "")
            request.Headers.Add("Idempotency-Key", idempotencyKey ?? Guid.NewGuid().ToString());
        return vendor.Http.SendAsync(request);
    }

    /// <summary>The report posted, as a JSON object, with the reason for its revision added.</summary>
    public static JsonObject Revised(JsonObject report, Action<JsonObject> change, string reason = "The incident happened in the kitchen.")
    {
        var revised = report.DeepClone().AsObject();
        change(revised);
        revised["reason"] = reason;
        return revised;
    }

    /// <summary>Posts the report and returns its id.</summary>
    public static async Task<int> CreateAsync(this ApiVendor vendor, JsonObject report)
    {
        var response = await vendor.PostIncidentAsync(report);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
    }

    public static JsonObject NonMajor(JsonObject report)
    {
        report["description"]!["impact"] = "NonMajor";
        report["clients"]![0]!["impact"] = "NonMajor";
        return report;
    }

    public static Task<Incident> LoadAsync(CimsAppFactory app, int id) =>
        app.WithDbAsync(db => db.Incidents.AsNoTracking().AsSplitQuery().SingleAsync(i => i.Id == id));

    public static async Task<string> ProblemCodeAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>();
    }
}
