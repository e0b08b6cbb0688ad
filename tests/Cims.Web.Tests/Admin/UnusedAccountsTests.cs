using Cims.Domain.Identity;
using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Cims.Web.Tests.Account;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Admin.AdminTestData;

namespace Cims.Web.Tests.Admin;

/// <summary>A host that flags accounts unused for 30 days (the setting; 90 by default).</summary>
public abstract class UnusedDaysApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Cims:Accounts:UnusedDays", "30")];
}

public sealed class SqliteUnusedDaysApp() : UnusedDaysApp(DatabaseProvider.Sqlite);

public sealed class PostgresUnusedDaysApp() : UnusedDaysApp(DatabaseProvider.Postgres);

/// <summary>Each sign-in is remembered, and accounts nobody signed in to for the set number of days are flagged.</summary>
public abstract class UnusedAccountsTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : UnusedDaysApp
{
    [Fact]
    public async Task SignIn_Succeeds_StoresTheLastSignInTime()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await FormClient.SignedInAsync(app, user.Email!);

        var last = await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.LastSignInAt).SingleAsync());
        Assert.InRange(last!.Value, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task Index_UnusedFilter_ListsAccountsNotSignedInForTheSetDays()
    {
        var stale = await AgedUserAsync(created: 100, signedIn: 31);
        var neverUsed = await AgedUserAsync(created: 45, signedIn: null);
        var recent = await AgedUserAsync(created: 100, signedIn: 29);
        var newcomer = await AgedUserAsync(created: 5, signedIn: null);
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);

        var page = await admin.GetPageAsync("/Users?Unused=true&Search=unused-");

        var names = page.QuerySelectorAll("tbody th").Select(c => c.TextContent.Trim()).ToHashSet();
        Assert.Superset(new HashSet<string> { stale, neverUsed }, names);
        Assert.DoesNotContain(recent, names);
        Assert.DoesNotContain(newcomer, names);
        Assert.All(page.QuerySelectorAll("tbody tr"), r => Assert.Equal("Not signed in for 30 days", r.QuerySelector(".unused-flag")?.TextContent.Trim()));
        Assert.Equal("Not signed in for 30 days", Text(page, "label[for=Unused]"));
    }

    [Fact]
    public async Task Index_AllUsers_FlagsOnlyTheUnusedOnes()
    {
        var stale = await AgedUserAsync(created: 100, signedIn: 60);
        var recent = await AgedUserAsync(created: 100, signedIn: 1);
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);

        var page = await admin.GetPageAsync("/Users?Search=unused-");

        var flagged = page.QuerySelectorAll("tbody tr").Where(r => r.QuerySelector(".unused-flag") is not null)
            .Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToList();
        Assert.Contains(stale, flagged);
        Assert.DoesNotContain(recent, flagged);
    }

    /// <summary>A user added <paramref name="created"/> days ago who last signed in <paramref name="signedIn"/> days ago (or never).</summary>
    private async Task<string> AgedUserAsync(int created, int? signedIn)
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter, DemoAccounts.AgencyTwo);
        var name = $"unused-{Guid.NewGuid():N}"[..15];
        var now = DateTimeOffset.UtcNow;
        DateTimeOffset? last = signedIn is { } days ? now.AddDays(-days) : null;
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.DisplayName, name).SetProperty(u => u.CreatedAt, now.AddDays(-created)).SetProperty(u => u.LastSignInAt, last)));
        return name;
    }
}

public sealed class SqliteUnusedAccountsTests(SqliteUnusedDaysApp app) : UnusedAccountsTests<SqliteUnusedDaysApp>(app);

public sealed class PostgresUnusedAccountsTests(PostgresUnusedDaysApp app) : UnusedAccountsTests<PostgresUnusedDaysApp>(app);
