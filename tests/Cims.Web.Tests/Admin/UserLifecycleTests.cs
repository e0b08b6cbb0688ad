using System.Net;
using Cims.Domain.Identity;
using Cims.Web.Features.Admin.SecurityEvents;
using Cims.Web.Features.Admin.Users;
using Cims.Web.Tests.Account;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Admin.AdminTestData;

namespace Cims.Web.Tests.Admin;

/// <summary>
/// An account's life: roles no higher than the administrator's own, an organisation never left without an administrator,
/// an authenticator app reset by an administrator, and each change a security event.
/// </summary>
public abstract class UserLifecycleTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Theory]
    [InlineData(Roles.CimsAdministrator)]
    [InlineData(Roles.SecurityOfficer)]
    [InlineData(Roles.DepartmentAnalyst)]
    public async Task Edit_OrgAdminForgesDepartmentRole_RefusedBesideRolesAndUnchanged(string role)
    {
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var id = await CreateUserAsync(app, orgAdmin, $"forge-{Guid.NewGuid():N}@agency-one.example", 0, Roles.Reporter);

        var response = await PostEditAsync(orgAdmin, id, Roles.Reporter, role);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(UserErrors.OnlyProviderRoles.Message, Text(await FormClient.ParseAsync(response), "#Roles-error"));
        Assert.Equal([Roles.Reporter], await RolesOfAsync(id));
    }

    [Fact]
    public async Task Edit_OrgAdminRemovesOwnAdministratorRole_RefusedBesideRoles()
    {
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var id = await UserIdAsync(app, OrgAdmin);

        var response = await PostEditAsync(orgAdmin, id, Roles.Reporter);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(UserErrors.CannotRemoveOwnAdminRole.Message, Text(await FormClient.ParseAsync(response), "#Roles-error"));
        Assert.Contains(Roles.OrganisationAdmin, await RolesOfAsync(id));
    }

    [Fact]
    public async Task LastOrganisationAdministrator_RoleRemovedOrDeactivated_RefusedUntilThereIsAnother()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var organisation = await CreateOrganisationAsync(app, admin, Unique("Lifecycle Agency"));
        var only = await CreateUserAsync(app, admin, $"only-{Guid.NewGuid():N}@example.org", organisation, Roles.OrganisationAdmin, Roles.Reporter);
        var message = UserErrors.LastAdministratorRole.Message;

        var removed = await PostEditAsync(admin, only, Roles.Reporter);
        var deactivated = await admin.PostFormAsync($"/Users/Deactivate/{only}", $"/Users/Deactivate/{only}", []);

        Assert.Equal(message, Text(await FormClient.ParseAsync(removed), "#Roles-error"));
        Assert.Contains(UserErrors.LastAdministratorDeactivation.Message, Text(await FormClient.ParseAsync(deactivated), ".error-summary"));
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Id == only).Select(u => u.IsActive).SingleAsync()));
        Assert.Contains(Roles.OrganisationAdmin, await RolesOfAsync(only));

        await CreateUserAsync(app, admin, $"second-{Guid.NewGuid():N}@example.org", organisation, Roles.OrganisationAdmin);
        Assert.Equal(HttpStatusCode.Redirect, (await PostEditAsync(admin, only, Roles.Reporter)).StatusCode);
        Assert.Equal([Roles.Reporter], await RolesOfAsync(only));
    }

    [Fact]
    public async Task ResetAuthenticator_OrgAdmin_TurnsItOffNewKeyNewStampAndAudits()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var (oldKey, _) = await TwoFactorJourney.EnableAsync(await FormClient.SignedInAsync(app, user.Email!));
        var stampBefore = await StampAsync(user.Id);
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var details = await orgAdmin.GetPageAsync($"/Users/Details/{user.Id}");
        Assert.Equal("On", Text(details, "#two-step"));

        var response = await orgAdmin.PostFormAsync($"/Users/ResetAuthenticator/{user.Id}", $"/Users/ResetAuthenticator/{user.Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        var newKey = await app.WithDbAsync(db => db.UserTokens.Where(t => t.UserId == user.Id && t.Name == "AuthenticatorKey").Select(t => t.Value).SingleAsync());
        Assert.False(after.TwoFactorEnabled);
        Assert.NotEqual(oldKey.ToUpperInvariant(), newKey);
        Assert.NotEqual(stampBefore, after.SecurityStamp);
        var reset = (await AuditAsync(app, user.Id)).Single(a => a.Action == "account.2fa_reset");
        Assert.Equal(await UserIdAsync(app, OrgAdmin), reset.UserId);
        Assert.Contains("reset by an administrator", reset.Details);
        await FormClient.SignedInAsync(app, user.Email!); // no code asked: they set the app up again
    }

    [Fact]
    public async Task ResetAuthenticator_Themselves_RefusedWithMessage()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var id = await UserIdAsync(app, CimsAdmin);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorEnabled, true)));
        var stamp = await StampAsync(id);

        var response = await admin.PostFormAsync($"/Users/Details/{id}", $"/Users/ResetAuthenticator/{id}", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(UserErrors.ResetOwnAuthenticator.Message, Text(await FormClient.ParseAsync(response), ".error-summary"));
        Assert.Equal(stamp, await StampAsync(id));
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorEnabled, false)));
    }

    [Fact]
    public async Task LifecycleActions_EachLeavesASecurityEvent()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var user = await TestUsers.CreateAsync(app, Roles.Reporter, Cims.Web.Data.Seeding.DemoAccounts.AgencyTwo);
        await TwoFactorJourney.EnableAsync(await FormClient.SignedInAsync(app, user.Email!));

        await PostEditAsync(admin, user.Id, Roles.Reporter, Roles.AuthorisedDelegate);
        await admin.PostFormAsync($"/Users/ResetAuthenticator/{user.Id}", $"/Users/ResetAuthenticator/{user.Id}", []);
        await admin.PostFormAsync($"/Users/Deactivate/{user.Id}", $"/Users/Deactivate/{user.Id}", []);
        await admin.PostFormAsync($"/Users/Reactivate/{user.Id}", $"/Users/Reactivate/{user.Id}", []);

        var actions = (await AuditAsync(app, user.Id)).Select(a => a.Action).ToList();
        string[] lifecycle = ["account.2fa_enabled", "user.roles_changed", "account.2fa_reset", "user.deactivated", "user.reactivated"];
        Assert.All(lifecycle, a => Assert.Contains(a, actions));
        Assert.All(lifecycle, a => Assert.Contains(a, SecurityEventKinds.Actions));
    }

    private async Task<HttpResponseMessage> PostEditAsync(FormClient client, string id, params string[] roles)
    {
        var page = await client.GetPageAsync($"/Users/Edit/{id}");
        var fields = new List<KeyValuePair<string, string>> { new("DisplayName", Value(page, "DisplayName")!), new("ConcurrencyStamp", Value(page, "ConcurrencyStamp")!) };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Roles", r)));
        return await client.PostWithTokenAsync($"/Users/Edit/{id}", FormClient.Token(page), fields);
    }

    private Task<List<string>> RolesOfAsync(string id) =>
        app.WithDbAsync(db => db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToListAsync());

    private Task<string?> StampAsync(string id) => app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync());
}

public sealed class SqliteUserLifecycleTests(SqliteApp app) : UserLifecycleTests<SqliteApp>(app);

public sealed class PostgresUserLifecycleTests(PostgresApp app) : UserLifecycleTests<PostgresApp>(app);
