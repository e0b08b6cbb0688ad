using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Cims.Domain.Identity;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Training;

public sealed record TrainingEmailRow(DateTimeOffset KeptAt, string Recipient, string Subject, string Text, IReadOnlyList<string> Links);

public sealed record TrainingEmailsPage(bool Everyone, IReadOnlyList<TrainingEmailRow> Emails);

/// <summary>The latest e-mail kept by the training environment: all of it for the CIMS administrator, else the user's own.</summary>
public sealed partial class ListTrainingEmails(CimsDbContext db)
{
    public const int Shown = 200;

    public async Task<TrainingEmailsPage> RunAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var everyone = user.IsInRole(Roles.CimsAdministrator);
        var email = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "";
        var rows = await db.TrainingEmails.AsNoTracking()
            .Where(e => everyone || e.Recipient == email)
            .OrderByDescending(e => e.Id).Take(Shown)
            .Select(e => new { e.KeptAt, e.Recipient, e.Subject, e.HtmlBody })
            .ToListAsync(ct);
        return new TrainingEmailsPage(everyone, [.. rows.Select(r => new TrainingEmailRow(r.KeptAt, r.Recipient, r.Subject, Text(r.HtmlBody), Links(r.HtmlBody)))]);
    }

    /// <summary>The message's words without its markup (shown as text, never as HTML).</summary>
    public static string Text(string html) =>
        WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(html, " "), " ")).Trim();

    public static IReadOnlyList<string> Links(string html) =>
        [.. Hrefs().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(l => l.StartsWith("http", StringComparison.OrdinalIgnoreCase)).Distinct()];

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("href=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Hrefs();
}
