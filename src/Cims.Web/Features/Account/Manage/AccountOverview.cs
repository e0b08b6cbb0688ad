using System.Security.Claims;
using Cims.Domain.Identity;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Account.Manage;

public sealed record AccountSummary(
    string Name,
    string Email,
    string Organisation,
    IReadOnlyList<string> Roles,
    bool TwoFactorEnabled,
    bool TwoFactorRequired,
    int RecoveryCodesLeft);

/// <summary>What the "Your account" page shows.</summary>
public sealed class AccountOverview(UserManager<CimsUser> users, CimsDbContext db, IOptions<CimsOptions> options)
{
    public async Task<AccountSummary> LoadAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var user = await users.RequireUserAsync(principal);
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == user.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var roles = await users.GetRolesAsync(user);
        return new AccountSummary(
            user.DisplayName,
            user.Email ?? "",
            organisation,
            [.. roles.Select(Roles.DisplayName).Order(StringComparer.Ordinal)],
            user.TwoFactorEnabled,
            IsRequired(principal),
            user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0);
    }

    public bool IsRequired(ClaimsPrincipal principal) =>
        options.Value.RequireTwoFactor && RequireTwoFactorFilter.RoleRequiresTwoFactor(principal);
}
