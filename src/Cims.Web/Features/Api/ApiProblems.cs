using System.Text.RegularExpressions;
using Cims.Domain.Common;
using FluentValidation.Results;

namespace Cims.Web.Features.Api;

/// <summary>
/// Failures as RFC 9457 problem details (application/problem+json): validation failures and errors that name a field as
/// "errors" keyed by the field's JSON path ("service.areaId", "clients[0].surname") with the web form's messages; a thing
/// the client may not see as 404; a change that comes too late (a conflict) as 409; any other expected failure as 400 with its message and code.
/// </summary>
public static partial class ApiProblems
{
    public const string InvalidTitle = "The request has errors: see each field's message.";

    public static IResult Invalid(ValidationResult result) => TypedResults.ValidationProblem(
        result.Errors.GroupBy(e => Key(e.PropertyName)).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()),
        title: InvalidTitle);

    public static IResult Of(Error error) => error switch
    {
        { IsNotFound: true } => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: error.Message, extensions: Code(error)),
        { Kind: ErrorKind.Conflict } => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: error.Message, extensions: Code(error)),
        { Field: { } field } => TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [Key(field)] = [error.Message] }, title: InvalidTitle, extensions: Code(error)),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: error.Message, extensions: Code(error)),
    };

    /// <summary>An error answered with a status of the endpoint's choosing (412, 428), its code beside the message as everywhere else.</summary>
    public static IResult Of(int status, Error error) =>
        TypedResults.Problem(statusCode: status, title: error.Message, extensions: Code(error));

    public static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.");

    /// <summary>A validator's property path as the JSON names it: each segment in camel case.</summary>
    public static string Key(string propertyPath) => FirstLetter().Replace(propertyPath, m => m.Value.ToLowerInvariant());

    private static Dictionary<string, object?> Code(Error error) => new() { ["code"] = error.Code };

    [GeneratedRegex(@"(?<=^|\.)[A-Z]")]
    private static partial Regex FirstLetter();
}
