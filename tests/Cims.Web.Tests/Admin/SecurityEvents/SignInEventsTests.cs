using Cims.Domain.Identity;
using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Tests.Account;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Admin.SecurityEvents;

/// <summary>Each sign-in leaves its security event: who (when an account), which organisation, from which address.</summary>
public abstract class SignInEventsTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : SecurityEventsApp
{
    [Fact]
    public async Task SignIn_RightPassword_RecordsSucceededWithUserOrganisationAndAddress()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);

        await app.SignedInFromAsync("203.0.113.10", user.Email!);

        var entry = Assert.Single(await app.EventsAsync(SecurityActions.SignInSucceeded), e => e.UserId == user.Id);
        Assert.Equal((user.Email, user.OrganisationId, "203.0.113.10"), (entry.UserName, entry.OrganisationId, entry.IpAddress));
    }

    [Fact]
    public async Task SignIn_WrongPassword_RecordsFailedForTheAccount()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);

        await PostLoginAsync(app.ClientFrom("203.0.113.11"), user.Email!, "Wrong-Password-123!");

        var entry = Assert.Single(await app.EventsAsync(SecurityActions.SignInFailed), e => e.UserId == user.Id);
        Assert.Equal((user.OrganisationId, "203.0.113.11", "Wrong password."), (entry.OrganisationId, entry.IpAddress, entry.Details));
    }

    [Fact]
    public async Task SignIn_AddressWithNoAccount_StoresAKeyNeverTheAddress()
    {
        var before = await app.LastIdAsync();
        var typed = $"someone-{Guid.NewGuid():N}@nowhere.example";

        await PostLoginAsync(app.ClientFrom("203.0.113.12"), typed, "Wrong-Password-123!");
        await PostLoginAsync(app.ClientFrom("203.0.113.12"), typed.ToUpperInvariant(), "Wrong-Password-123!");

        var entries = await app.EventsAsync(SecurityActions.SignInFailed, before);
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal((null, null, null, "UnknownAccount"), (e.UserId, e.UserName, e.OrganisationId, e.EntityType)));
        Assert.Equal(entries[0].EntityId, entries[1].EntityId);
        Assert.Matches("^A-[0-9A-F]{10}$", entries[0].EntityId);
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Details!.Contains("nowhere.example") || a.EntityId.Contains("nowhere"))));
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_RecordsOneLockoutThenRefusals()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var client = app.ClientFrom("203.0.113.13");

        for (var i = 0; i < 6; i++)
            await PostLoginAsync(client, user.Email!, "Wrong-Password-123!");

        var lockout = Assert.Single(await app.EventsAsync(SecurityActions.Lockout), e => e.UserId == user.Id);
        Assert.Equal((user.OrganisationId, "203.0.113.13"), (lockout.OrganisationId, lockout.IpAddress));
        Assert.Contains("after 5 failed sign-ins", lockout.Details);
        var failed = (await app.EventsAsync(SecurityActions.SignInFailed)).Where(e => e.UserId == user.Id).ToList();
        Assert.Equal(5, failed.Count);
        Assert.Contains("locked", failed[^1].Details);
    }

    [Fact]
    public async Task EnableAuthenticator_RecordsMfaEnabledWithUserOrganisationAndAddress()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var client = await app.SignedInFromAsync("203.0.113.14", user.Email!);

        await TwoFactorJourney.EnableAsync(client);

        var entry = Assert.Single(await app.EventsAsync("account.2fa_enabled"), e => e.EntityId == user.Id);
        Assert.Equal((user.Id, user.OrganisationId, "203.0.113.14"), (entry.UserId, entry.OrganisationId, entry.IpAddress));
        Assert.Null((await app.VerifyChainAsync()).FirstBroken);
    }

    [Fact]
    public async Task DemoSecurityOfficer_HasTheRole()
    {
        var officer = Assert.Single(DemoAccounts.All, a => a.Roles.Contains(Roles.SecurityOfficer));

        var client = await app.SignedInFromAsync("203.0.113.15", officer.Email);

        Assert.Contains("Security officer", (await client.GetPageAsync("/")).QuerySelector("main")!.TextContent);
    }

    private static Task<HttpResponseMessage> PostLoginAsync(FormClient client, string email, string password) =>
        client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Email"] = email, ["Password"] = password });
}

public sealed class SqliteSignInEventsTests(SqliteSecurityEventsApp app) : SignInEventsTests<SqliteSecurityEventsApp>(app);

public sealed class PostgresSignInEventsTests(PostgresSecurityEventsApp app) : SignInEventsTests<PostgresSecurityEventsApp>(app);
