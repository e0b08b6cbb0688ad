using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Account;

/// <summary>Users made for one test, so tests that change a user (password, lockout, 2FA) do not affect each other.</summary>
public static class TestUsers
{
    public static async Task<CimsUser> CreateAsync(CimsAppFactory app, string role, string organisation = DemoAccounts.AgencyOne)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Cims.Web.Data.CimsDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>();
        var organisationId = await db.Organisations.Where(o => o.Name == organisation).Select(o => o.Id).SingleAsync();
        var email = $"test-{Guid.NewGuid():N}@example.org";
        var user = new CimsUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Terry Tester",
            OrganisationId = organisationId,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        Check(await users.CreateAsync(user, CimsAppFactory.Password));
        Check(await users.AddToRoleAsync(user, role));
        return user;
    }

    /// <summary>Changes a user through Identity's UserManager, in its own scope; throws if Identity refuses the change.</summary>
    public static async Task UpdateAsync(CimsAppFactory app, string userId, Func<UserManager<CimsUser>, CimsUser, Task<IdentityResult>> change)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException("No such user.");
        Check(await change(users, user));
    }

    public static async Task<int> AuditCountAsync(CimsAppFactory app, string userId, string action) =>
        await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == userId && a.Action == action));

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
