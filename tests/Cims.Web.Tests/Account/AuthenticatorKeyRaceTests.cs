using System.Net;
using Cims.Domain.Identity;
using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Account;

/// <summary>A host whose first two writes of an authenticator key wait for each other, so two page loads race every time.</summary>
public abstract class KeyRaceApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    public HoldUntilTogether Race { get; } = new(
        c => c.CommandText.Contains("INSERT", StringComparison.Ordinal) && c.CommandText.Contains("AspNetUserTokens", StringComparison.Ordinal),
        together: 2, atMost: TimeSpan.FromSeconds(2));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteCimsDbContext>(o => o.AddInterceptors(Race));
            services.ConfigureDbContext<PostgresCimsDbContext>(o => o.AddInterceptors(Race));
        });
    }
}

public sealed class SqliteKeyRaceApp() : KeyRaceApp(DatabaseProvider.Sqlite);

public sealed class PostgresKeyRaceApp() : KeyRaceApp(DatabaseProvider.Postgres);

/// <summary>
/// Two sessions of one user open the authenticator set-up at the same moment (two tabs, a double click): both make a
/// key, one insert loses. Both pages open, show the one key stored, and the user stays signed in on both.
/// </summary>
public abstract class AuthenticatorKeyRaceTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : KeyRaceApp
{
    [Fact]
    public async Task EnableAuthenticator_TwoSessionsAtOnce_BothShowTheKeyStored()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var first = await FormClient.SignedInAsync(app, user.Email!);
        var second = await FormClient.SignedInAsync(app, user.Email!);

        var pages = await Task.WhenAll(first.Http.GetAsync("/Manage/EnableAuthenticator"), second.Http.GetAsync("/Manage/EnableAuthenticator"));

        Assert.Equal(2, app.Race.Arrived);
        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
        var keys = await Task.WhenAll(pages.Select(async p => (await FormClient.ParseAsync(p)).QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal)));
        var stored = await app.WithDbAsync(db => db.UserTokens.Where(t => t.UserId == user.Id && t.Name == "AuthenticatorKey").Select(t => t.Value).SingleAsync());
        Assert.All(keys, k => Assert.Equal(stored!.ToLowerInvariant(), k));
        Assert.Equal(HttpStatusCode.OK, (await first.Http.GetAsync("/Manage")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.Http.GetAsync("/Manage")).StatusCode);
    }
}

public sealed class SqliteAuthenticatorKeyRaceTests(SqliteKeyRaceApp app) : AuthenticatorKeyRaceTests<SqliteKeyRaceApp>(app);

public sealed class PostgresAuthenticatorKeyRaceTests(PostgresKeyRaceApp app) : AuthenticatorKeyRaceTests<PostgresKeyRaceApp>(app);
