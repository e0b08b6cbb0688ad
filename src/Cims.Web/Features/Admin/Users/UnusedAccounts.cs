using System.Linq.Expressions;
using Cims.Web.Infrastructure.Identity;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Admin.Users;

/// <summary>
/// Active accounts nobody has signed in to for <see cref="AccountOptions.UnusedDays"/> days (counted from when the
/// account was added for one never used), flagged to the administrator: a leaver nobody deactivated, a forgotten invitation.
/// </summary>
public sealed class UnusedAccounts(IOptions<AccountOptions> options, TimeProvider clock)
{
    public int Days => options.Value.UnusedDays;

    public DateTimeOffset Cutoff => clock.GetUtcNow().AddDays(-Days);

    public Expression<Func<CimsUser, bool>> Predicate()
    {
        var cutoff = Cutoff;
        return u => u.IsActive && (u.LastSignInAt ?? u.CreatedAt) < cutoff;
    }

    public bool IsUnused(bool isActive, DateTimeOffset? lastSignInAt, DateTimeOffset createdAt) =>
        isActive && (lastSignInAt ?? createdAt) < Cutoff;
}
