using System.Globalization;
using System.Security.Claims;
using Cims.Domain.Auditing;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;

namespace Cims.Web.Infrastructure.Auditing;

/// <summary>The audit actions of security events that have no other change to be saved with (ADR 0046).</summary>
public static class SecurityActions
{
    public const string Prefix = "security.";
    public const string SignInSucceeded = "security.signin_succeeded";
    public const string SignInFailed = "security.signin_failed";
    public const string Lockout = "security.lockout";
    public const string AccessRefused = "security.access_refused";
    public const string Export = "security.export";
}

/// <summary>
/// Writes a security event to the audit log in a unit of work of its own, saved at once: a failed sign-in or a refused
/// request has no other change to be saved with. A failure to save is logged and never fails the request.
/// </summary>
public sealed class SecurityEvents(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock, ILogger<SecurityEvents> log)
{
    /// <summary>An event about the signed-in user (or no one, when no one is signed in).</summary>
    public Task RecordAsync(string action, string entityType, string entityId, string? details) =>
        SaveAsync(AuditActors.Of(http.HttpContext), action, entityType, entityId, details);

    /// <summary>An event about the given account, whoever is signed in (such as a sign-in for it).</summary>
    public Task RecordForAsync(CimsUser? user, string action, string entityType, string entityId, string? details) =>
        SaveAsync(new AuditActor(user?.Id, user?.Email, user?.OrganisationId, AuditActors.Address(http.HttpContext)), action, entityType, entityId, details);

    /// <summary>A download of personal data: its name, the filters of the request (its query) and the rows it held.</summary>
    public Task RecordExportAsync(string name, int rows)
    {
        var query = http.HttpContext?.Request.Query ?? QueryCollection.Empty;
        var filters = string.Join("; ", query.Where(q => !string.IsNullOrWhiteSpace(q.Value)).OrderBy(q => q.Key, StringComparer.Ordinal)
            .Select(q => $"{q.Key}={q.Value}"));
        return RecordAsync(SecurityActions.Export, "Export", name,
            string.Create(CultureInfo.InvariantCulture, $"Rows: {rows}\nFilters: {(filters.Length == 0 ? "none" : filters)}"));
    }

    private async Task SaveAsync(AuditActor actor, string action, string entityType, string entityId, string? details)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
            db.AuditEntries.Add(AuditEntry.Create(actor, action, entityType, entityId, details, clock.GetUtcNow()));
            await db.SaveChangesAsync(CancellationToken.None);
        }
#pragma warning disable CA1031 // A security event that cannot be saved must not fail the request it describes: it is logged
        catch (Exception ex)
#pragma warning restore CA1031
        {
            log.LogError(ex, "The security event {Action} on {EntityType} {EntityId} of user {UserId} could not be saved", action, entityType, entityId, actor.UserId);
        }
    }
}

/// <summary>Who acted, read from a request: the signed-in user (or API client) and the client address.</summary>
public static class AuditActors
{
    public static AuditActor Of(HttpContext? context)
    {
        var user = context?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        return new AuditActor(
            signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) ?? user!.FindFirstValue("sub") : null,
            signedIn ? user!.Identity!.Name : null,
            signedIn && user!.FindFirstValue(CimsClaimTypes.OrganisationId) is not null ? user!.OrganisationId() : null,
            Address(context));
    }

    /// <summary>The client's address, after the trusted proxies' forwarded headers (ADR 0040).</summary>
    public static string? Address(HttpContext? context) => context?.Connection.RemoteIpAddress?.ToString();
}
