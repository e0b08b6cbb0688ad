using Cims.Domain.Identity;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Account;

/// <summary>
/// <see cref="FormClient.SignInAsync"/> fails a test whose sign-in did not reach the signed-in home page:
/// a sign-in that is refused, locked out or stopped at the code step also answers with a redirect or a page.
/// </summary>
public abstract class SignInHelperTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task SignInAsync_WrongPassword_Throws()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => FormClient.For(app).SignInAsync(user.Email!, "Wrong-Password-123!"));

        Assert.Contains("landed on 200 (no redirect)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInAsync_LockedOut_ThrowsUnlessTheLockoutPageIsExpected()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        await TestUsers.UpdateAsync(app, user.Id, (users, u) => users.SetLockoutEndDateAsync(u, DateTimeOffset.UtcNow.AddHours(1)));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => FormClient.For(app).SignInAsync(user.Email!));

        Assert.Contains("landed on /Account/Lockout", error.Message, StringComparison.Ordinal);
        await FormClient.For(app).SignInAsync(user.Email!, landsOn: "/Account/Lockout");
    }

    [Fact]
    public async Task SignInAsync_TwoFactorOn_ThrowsAtTheCodeStep()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        await TwoFactorJourney.EnableAsync(await FormClient.SignedInAsync(app, user.Email!));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => FormClient.For(app).SignInAsync(user.Email!));

        Assert.Contains("landed on /TwoFactor/LoginWith2fa", error.Message, StringComparison.Ordinal);
    }
}

public sealed class SqliteSignInHelperTests(SqliteApp app) : SignInHelperTests<SqliteApp>(app);

public sealed class PostgresSignInHelperTests(PostgresApp app) : SignInHelperTests<PostgresApp>(app);
