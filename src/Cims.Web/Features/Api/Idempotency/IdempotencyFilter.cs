using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Api.Idempotency;

/// <summary>
/// Safe retries for every POST and PUT of the API: the client sends an Idempotency-Key (its own unique string, up to
/// 255 printable characters). The same key with the same request gives the first call's response again, marked
/// "Idempotent-Replayed: true", and changes nothing; the same key with other content is 409 Conflict; a retry that
/// arrives while the first call runs waits for it and gets its response. The content compared is the JSON body with its
/// fields in name order, so spacing and the order of fields do not make two requests different (the body is kept
/// readable for the endpoint by <see cref="IdempotencyRegistration.UseApiRequestBuffering"/>).
/// The call runs in one transaction with its key (ADR 0033): the key, the call's change and the response kept for its
/// retries commit together, so a change is never stored without the answer a retry needs, whatever fails after it. The
/// use case joins the transaction; a call answered with an error keeps its answer but none of its writes (a savepoint),
/// and a server error or an exception rolls everything back and leaves the key free.
/// </summary>
public sealed class IdempotencyFilter(IdempotencyStore store, IOptions<JsonOptions> json) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";

    public const string ReplayedHeader = "Idempotent-Replayed";

    private const string CallSavepoint = "idempotent_call";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!IsWrite(http.Request.Method) || http.User.ApiClientId() is not { } client)
            return await next(context);
        var key = http.Request.Headers[Header].ToString();
        if (!IsWellFormed(key))
            return IdempotencyProblems.KeyMissing();
        var hash = await FingerprintAsync(http.Request, http.RequestAborted);
        var db = http.RequestServices.GetRequiredService<CimsDbContext>();
        // The holder of the key may roll back between our failed insert and our read: then the key is free, claim it again.
        for (var attempt = 0; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
            if (await store.TryClaimAsync(db, client, key, hash, http.RequestAborted))
                return await RunAsync(context, next, transaction, db, client, key);
            await transaction.RollbackAsync(http.RequestAborted);
            var holder = await store.FindAsync(db, client, key, http.RequestAborted);
            if (holder is null && attempt == 0)
                continue;
            return holder switch
            {
                { RequestHash: var held } when held != hash => IdempotencyProblems.OtherRequest(),
                { StatusCode: not null } => new ReplayedResponse(holder),
                _ => IdempotencyProblems.StillRunning(),
            };
        }
    }

    private async Task<object?> RunAsync(
        EndpointFilterInvocationContext context, EndpointFilterDelegate next, IDbContextTransaction transaction, CimsDbContext db, string client, string key)
    {
        var ct = context.HttpContext.RequestAborted;
        await transaction.CreateSavepointAsync(CallSavepoint, ct);
        var result = await next(context); // an exception ends the transaction unsaved: the key is free for a retry
        var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status200OK;
        if (status >= 500)
            return result;
        if (status >= 400)
        {
            await transaction.RollbackToSavepointAsync(CallSavepoint, ct);
            db.ChangeTracker.Clear();
        }

        await store.CompleteAsync(db, client, key, Stored(result, status, context.HttpContext.Response), ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>The methods a key is required on: POST and PUT.</summary>
    public static bool IsWrite(string method) => HttpMethods.IsPost(method) || HttpMethods.IsPut(method);

    public static bool IsWellFormed(string key) =>
        key.Length is > 0 and <= IdempotencyEntry.KeyMaxLength && key.All(c => c is >= '!' and <= '~');

    /// <summary>The response to give again: status, content type, Location, ETag and JSON body.</summary>
    private StoredResponse Stored(object? result, int status, HttpResponse response)
    {
        var value = result is IValueHttpResult { Value: { } v } ? v : null;
        var body = value is null ? null : JsonSerializer.Serialize(value, value.GetType(), json.Value.SerializerOptions);
        var contentType = value is Microsoft.AspNetCore.Mvc.ProblemDetails ? "application/problem+json" : "application/json";
        var location = result?.GetType().GetProperty("Location")?.GetValue(result) as string;
        var etag = response.Headers.ETag is { Count: > 0 } sent ? sent.ToString() : null;
        return new StoredResponse(status, body is null ? null : contentType, location, etag, body);
    }

    /// <summary>
    /// SHA-256 of the method, the path, the If-Match header when sent (a PUT against another version is another request; a fingerprint without one is as before) and the
    /// request's JSON body with every object's fields in name order.
    /// </summary>
    private static async Task<string> FingerprintAsync(HttpRequest request, CancellationToken ct)
    {
        request.Body.Position = 0;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        request.Body.Position = 0;
        var body = buffer.ToArray();
        var content = CanonicalJson.Of(body) ?? Convert.ToBase64String(body);
        var ifMatch = request.Headers.IfMatch is { Count: > 0 } versions ? $"If-Match: {versions}\n" : "";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n{ifMatch}{content}")));
    }
}

/// <summary>The first call's response, given again: its status, location, ETag and body.</summary>
public sealed class ReplayedResponse(IdempotencyEntry entry) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => entry.StatusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = entry.StatusCode ?? StatusCodes.Status200OK;
        response.Headers[IdempotencyFilter.ReplayedHeader] = "true";
        if (entry.Location is { } location)
            response.Headers.Location = location;
        if (entry.ETag is { } etag)
            response.Headers.ETag = etag;
        if (entry.Body is { } body)
        {
            response.ContentType = entry.ContentType ?? "application/json";
            await response.WriteAsync(body, Encoding.UTF8);
        }
    }
}

public static class IdempotencyProblems
{
    public static IResult KeyMissing() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest, title: "Send an Idempotency-Key header with every POST and PUT: a unique string of up to 255 printable characters, the same when you retry.",
        extensions: new Dictionary<string, object?> { ["code"] = "idempotency.key_missing" });

    public static IResult OtherRequest() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: "This Idempotency-Key was used with a different request. Use a new key for new content.",
        extensions: new Dictionary<string, object?> { ["code"] = "idempotency.key_reused" });

    public static IResult StillRunning() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: "The first request with this Idempotency-Key has not finished. Retry it shortly with the same key.",
        extensions: new Dictionary<string, object?> { ["code"] = "idempotency.in_progress" });
}
