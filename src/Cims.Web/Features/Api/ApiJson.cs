using System.Text.Json;

namespace Cims.Web.Features.Api;

/// <summary>
/// Reads a request's JSON body, answering what cannot be read as problem details rather than the bare 400 a bound
/// parameter gives: a value of the wrong type or an unknown name is named by its JSON path ("description.impact").
/// </summary>
public static class ApiJson
{
    public const string UnreadableMessage = "This value cannot be read: check its type, and that a name or code is one the reference data lists.";

    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        if (!request.HasJsonContentType())
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the body as application/json."));
        try
        {
            return await request.ReadFromJsonAsync<T>(ct) is { } body
                ? (body, null)
                : (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request has no body."));
        }
        catch (JsonException ex)
        {
            var path = ex.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : "body";
            return (null, TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [ApiProblems.Key(path)] = [UnreadableMessage] }, title: ApiProblems.InvalidTitle));
        }
    }
}
