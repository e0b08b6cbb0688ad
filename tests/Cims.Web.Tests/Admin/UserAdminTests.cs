using System.Globalization;
using System.Net;
using Cims.Domain.Identity;
using Cims.Web.Data.Seeding;
using Cims.Web.Features.Admin.Users;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Admin.AdminTestData;

namespace Cims.Web.Tests.Admin;

public abstract class UserAdminTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Index_OrgAdmin_ListsOnlyTheirOrganisationsUsers()
    {
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);

        var page = await orgAdmin.GetPageAsync("/Users?Status=All");

        var organisations = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();
        Assert.NotEmpty(organisations);
        Assert.All(organisations, o => Assert.Equal(DemoAccounts.AgencyOne, o));
        var emails = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[0].TextContent.Trim()).ToList();
        Assert.Contains("reporter@agency-one.example", emails);
        Assert.DoesNotContain("reporter@agency-two.example", emails);
    }

    [Fact]
    public async Task Index_AdminFiltersByOrganisationAndSearch_ListsMatches()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);

        var page = await admin.GetPageAsync($"/Users?OrganisationId={await AgencyTwoAsync(app)}&Search=rowan");

        Assert.Equal(["Rowan Reporter"], page.QuerySelectorAll("tbody th").Select(c => c.TextContent.Trim()));
    }

    [Theory]
    [InlineData("/Users/Details/{0}")]
    [InlineData("/Users/Edit/{0}")]
    [InlineData("/Users/Deactivate/{0}")]
    [InlineData("/Users/Reactivate/{0}")]
    [InlineData("/Users/ResetAuthenticator/{0}")]
    public async Task Get_OrgAdminAsksForAnotherOrganisationsUser_Returns404(string url)
    {
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var otherId = await UserIdAsync(app, "reporter@agency-two.example");

        var response = await orgAdmin.Http.GetAsync(string.Format(CultureInfo.InvariantCulture, url, otherId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/Users/Edit/{0}")]
    [InlineData("/Users/Deactivate/{0}")]
    [InlineData("/Users/Reactivate/{0}")]
    [InlineData("/Users/ResendInvitation/{0}")]
    [InlineData("/Users/ResetAuthenticator/{0}")]
    public async Task Post_OrgAdminTampersWithAnotherOrganisationsUserId_Returns404AndChangesNothing(string url)
    {
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var ownUser = await UserIdAsync(app, "reporter@agency-one.example");
        var other = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == "delegate@agency-two.example"));
        var page = await orgAdmin.GetPageAsync($"/Users/Edit/{ownUser}");

        var response = await orgAdmin.PostWithTokenAsync(string.Format(CultureInfo.InvariantCulture, url, other.Id), FormClient.Token(page), new Dictionary<string, string>
        {
            ["DisplayName"] = "Hijacked",
            ["Roles"] = Roles.Reporter,
            ["ConcurrencyStamp"] = other.ConcurrencyStamp!,
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var after = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == other.Id));
        Assert.Equal((other.DisplayName, true, other.ConcurrencyStamp), (after.DisplayName, after.IsActive, after.ConcurrencyStamp));
    }

    [Fact]
    public async Task Create_OrgAdminTampersWithOrganisationId_UserJoinsTheirOwnOrganisation()
    {
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var email = $"tamper-{Guid.NewGuid():N}@agency-one.example";

        var id = await CreateUserAsync(app, orgAdmin, email, await AgencyTwoAsync(app), Roles.Reporter);

        Assert.Equal(await AgencyOneAsync(app), await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.OrganisationId).SingleAsync()));
    }

    [Fact]
    public async Task Create_OrgAdminGivesDepartmentRole_ShowsMessageAndCreatesNobody()
    {
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var email = $"dept-role-{Guid.NewGuid():N}@agency-one.example";
        var form = await orgAdmin.GetPageAsync("/Users/Create");

        var response = await orgAdmin.PostWithTokenAsync("/Users/Create", FormClient.Token(form), new Dictionary<string, string>
        {
            ["Email"] = email,
            ["DisplayName"] = "Dee Partment",
            ["Roles"] = Roles.DepartmentStaff,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal(UserErrors.OnlyProviderRoles.Message, Text(page, "#Roles-error"));
        Assert.Equal(email, Value(page, "Email"));
        Assert.Null(form.QuerySelector($"input[value={Roles.DepartmentStaff}]"));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Create_AdminGivesProviderRoleToDepartmentUser_ShowsMessage()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var department = await OrganisationIdAsync(app, DemoAccounts.Department);
        var page = await admin.GetPageAsync("/Users/Create");

        var response = await admin.PostWithTokenAsync("/Users/Create", FormClient.Token(page), new Dictionary<string, string>
        {
            ["Email"] = $"wrong-role-{Guid.NewGuid():N}@department.example",
            ["DisplayName"] = "Wrong Role",
            ["OrganisationId"] = department.ToString(CultureInfo.InvariantCulture),
            ["Roles"] = Roles.Reporter,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("only users of a funded agency", Text(await FormClient.ParseAsync(response), "#Roles-error"));
    }

    [Fact]
    public async Task Create_Admin_SendsInvitationWithResetLinkAndAudits()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var email = $"invitee-{Guid.NewGuid():N}@agency-two.example";

        var id = await CreateUserAsync(app, admin, email, await AgencyTwoAsync(app), Roles.Reporter, Roles.AuthorisedDelegate);

        var mail = MailsTo(app, email).Single();
        Assert.Contains($"/Password/Reset?userId={id}", mail);
        Assert.Contains("code=", mail);
        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        Assert.Null(user.PasswordHash);
        var audit = await AuditAsync(app, id);
        Assert.Equal(["user.created", "user.invitation_sent"], audit.Select(a => a.Action));
        Assert.Contains("Roles: (none) → Reporter, Authorised delegate", audit[0].Details);
    }

    [Fact]
    public async Task ResendInvitation_InvitedUser_SendsAnotherEmail()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var email = $"resend-{Guid.NewGuid():N}@agency-two.example";
        var id = await CreateUserAsync(app, admin, email, await AgencyTwoAsync(app), Roles.Reporter);

        var response = await admin.PostFormAsync($"/Users/Details/{id}", $"/Users/ResendInvitation/{id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2, MailsTo(app, email).Count);
    }

    [Fact]
    public async Task Create_DuplicateEmail_ShowsMessageBesideEmail()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var page = await admin.GetPageAsync("/Users/Create");

        var response = await admin.PostWithTokenAsync("/Users/Create", FormClient.Token(page), new Dictionary<string, string>
        {
            ["Email"] = "Reporter@Agency-One.example",
            ["DisplayName"] = "Copy",
            ["OrganisationId"] = (await AgencyOneAsync(app)).ToString(CultureInfo.InvariantCulture),
            ["Roles"] = Roles.Reporter,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(UserErrors.DuplicateEmail.Message, Text(await FormClient.ParseAsync(response), "#Email-error"));
    }

    [Fact]
    public async Task Edit_NameAndRoles_SavesAndAuditsBoth()
    {
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var id = await CreateUserAsync(app, orgAdmin, $"edit-{Guid.NewGuid():N}@agency-one.example", 0, Roles.Reporter);
        var page = await orgAdmin.GetPageAsync($"/Users/Edit/{id}");

        var response = await orgAdmin.PostWithTokenAsync($"/Users/Edit/{id}", FormClient.Token(page), new Dictionary<string, string>
        {
            ["DisplayName"] = "Renamed Person",
            ["Roles"] = Roles.AuthorisedDelegate,
            ["ConcurrencyStamp"] = Value(page, "ConcurrencyStamp")!,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var audit = (await AuditAsync(app, id)).ToDictionary(a => a.Action, a => a.Details);
        Assert.Contains("→ Renamed Person", audit["user.updated"]);
        Assert.Equal("Roles: Reporter → Authorised delegate", audit["user.roles_changed"]);
    }

    [Fact]
    public async Task Edit_StaleConcurrencyStamp_ShowsMessageAndKeepsInput()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var id = await CreateUserAsync(app, admin, $"stale-{Guid.NewGuid():N}@agency-two.example", await AgencyTwoAsync(app), Roles.Reporter);
        var page = await admin.GetPageAsync($"/Users/Edit/{id}");
        var fields = new Dictionary<string, string> { ["DisplayName"] = "First", ["Roles"] = Roles.Reporter, ["ConcurrencyStamp"] = Value(page, "ConcurrencyStamp")! };
        await admin.PostWithTokenAsync($"/Users/Edit/{id}", FormClient.Token(page), fields);

        var response = await admin.PostWithTokenAsync($"/Users/Edit/{id}", FormClient.Token(page), new Dictionary<string, string>(fields) { ["DisplayName"] = "Second" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stale = await FormClient.ParseAsync(response);
        Assert.Equal(UserErrors.Concurrency.Message, Text(stale, ".error-summary li"));
        Assert.Equal("Second", Value(stale, "DisplayName"));
    }

    [Fact]
    public async Task DeactivateThenReactivate_User_EndsSessionsAndAudits()
    {
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var id = await CreateUserAsync(app, orgAdmin, $"leaver-{Guid.NewGuid():N}@agency-one.example", 0, Roles.Reporter);
        var stampBefore = await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync());

        var deactivated = await orgAdmin.PostFormAsync($"/Users/Deactivate/{id}", $"/Users/Deactivate/{id}", []);
        var after = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        var reactivated = await orgAdmin.PostFormAsync($"/Users/Reactivate/{id}", $"/Users/Reactivate/{id}", []);

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.False(after.IsActive);
        Assert.NotEqual(stampBefore, after.SecurityStamp);
        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        var actions = (await AuditAsync(app, id)).Select(a => a.Action).ToList();
        Assert.Equal(["user.created", "user.invitation_sent", "user.deactivated", "user.reactivated"], actions);
    }

    [Fact]
    public async Task Deactivate_Themselves_ShowsMessageAndStaysActive()
    {
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var id = await UserIdAsync(app, OrgAdmin);

        var response = await orgAdmin.PostFormAsync($"/Users/Details/{id}", $"/Users/Deactivate/{id}", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(UserErrors.CannotDeactivateSelf.Message, Text(await FormClient.ParseAsync(response), ".error-summary"));
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsActive).SingleAsync()));
    }

    [Theory]
    [InlineData("reporter@agency-one.example")]
    [InlineData("delegate@agency-two.example")]
    [InlineData("staff@department.example")]
    public async Task Users_NotAnAdministrator_RedirectsToAccessDenied(string email)
    {
        var client = await FormClient.SignedInAsync(app, email);

        AssertAccessDenied(await client.Http.GetAsync("/Users"));
        AssertAccessDenied(await client.Http.GetAsync("/Users/Create"));
    }
}

public sealed class SqliteUserAdminTests(SqliteApp app) : UserAdminTests<SqliteApp>(app);

public sealed class PostgresUserAdminTests(PostgresApp app) : UserAdminTests<PostgresApp>(app);
