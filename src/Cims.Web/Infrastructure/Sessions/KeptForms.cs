using System.Security.Claims;
using System.Text.Json;
using Cims.Web.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cims.Web.Infrastructure.Sessions;

/// <summary>
/// Keeps a form its sender posted after their session ended, so that nothing they typed is lost without JavaScript
/// either (ADR 0057): only a form-encoded post carrying that user's valid antiforgery token (a forged post is not kept),
/// encrypted for that user, until they sign in again (<see cref="TakeAsync"/>) or it expires.
/// </summary>
public sealed class KeptForms(CimsDbContext db, IDataProtectionProvider protection, IAntiforgery antiforgery, TimeProvider clock, IOptions<SessionLifetimeOptions> options)
{
    public const string PathPrefix = "/Session/Kept/";

    /// <summary>Larger forms, and bodies that do not say their length, are not kept (the report's longest step is a few kilobytes).</summary>
    public const int MaxBytes = 256 * 1024;

    private const string TokenField = "__RequestVerificationToken";

    public async Task<Guid?> KeepAsync(HttpContext http, ClaimsPrincipal endedSession)
    {
        var request = http.Request;
        var userId = endedSession.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || !HttpMethods.IsPost(request.Method) || request.Path.StartsWithSegments("/api")
            || request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true
            || request.ContentLength is null or > MaxBytes
            || !await TokenValidAsync(http, endedSession))
            return null;
        var form = await request.ReadFormAsync(http.RequestAborted);
        var fields = form.Where(f => f.Key != TokenField).SelectMany(f => f.Value.Select(v => new[] { f.Key, v ?? "" })).ToArray();
        var path = request.Path + request.QueryString;
        if (path.Length > KeptForm.PathMaxLength)
            return null;
        var now = clock.GetUtcNow();
        await db.KeptForms.Where(k => k.ExpiresAt <= now).ExecuteDeleteAsync(http.RequestAborted);
        var kept = new KeptForm
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Path = path,
            Payload = For(userId).Protect(JsonSerializer.SerializeToUtf8Bytes(fields)),
            KeptAt = now,
            ExpiresAt = now + TimeSpan.FromMinutes(options.Value.KeptFormMinutes),
        };
        db.KeptForms.Add(kept);
        await db.SaveChangesAsync(http.RequestAborted);
        return kept.Id;
    }

    /// <summary>The kept form, once: it is deleted as it is shown. Null when it is not this user's, was taken, or expired.</summary>
    public async Task<KeptFormContent?> TakeAsync(Guid id, string userId, CancellationToken ct)
    {
        var kept = await db.KeptForms.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id && k.UserId == userId, ct);
        if (kept is null || kept.ExpiresAt <= clock.GetUtcNow()
            || await db.KeptForms.Where(k => k.Id == id).ExecuteDeleteAsync(ct) != 1)
            return null;
        var fields = JsonSerializer.Deserialize<string[][]>(For(userId).Unprotect(kept.Payload))!;
        return new(kept.Id, kept.Path, [.. fields.Select(f => KeyValuePair.Create(f[0], f[1]))], kept.KeptAt);
    }

    /// <summary>The post's antiforgery token, checked against the user whose session ended (tokens carry the user's id).</summary>
    private async Task<bool> TokenValidAsync(HttpContext http, ClaimsPrincipal endedSession)
    {
        var anonymous = http.User;
        http.User = endedSession;
        try
        {
            return await antiforgery.IsRequestValidAsync(http);
        }
        finally
        {
            http.User = anonymous;
        }
    }

    private IDataProtector For(string userId) => protection.CreateProtector("Cims.Sessions.KeptForm", userId);
}
