using System.Net;
using Cims.Domain.Identity;
using Cims.Domain.Organisations;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Identity;

public abstract class InactiveOrganisationTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task SignIn_UserOfDeactivatedOrganisation_IsRefused()
    {
        var email = await CreateUserInNewOrganisationAsync("Closed Doors Inc");
        await app.WithDbAsync(async db =>
        {
            var organisation = db.Organisations.Single(o => o.Name == "Closed Doors Inc");
            Assert.False(organisation.Deactivate().Failed);
            return await db.SaveChangesAsync();
        });

        var response = await FormClient.For(app).PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Email"] = email, ["Password"] = CimsAppFactory.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not active", (await FormClient.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task SignIn_UserOfActiveOrganisation_Succeeds()
    {
        var email = await CreateUserInNewOrganisationAsync("Open Doors Inc");

        var client = await FormClient.SignedInAsync(app, email);

        Assert.Contains("Welcome", (await client.GetPageAsync("/")).QuerySelector("h1")!.TextContent);
    }

    private async Task<string> CreateUserInNewOrganisationAsync(string organisationName)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Cims.Web.Data.CimsDbContext>();
        var organisation = Organisation.Create(organisationName, null, OrganisationKind.FundedAgency, DateTimeOffset.UtcNow);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>();
        var email = $"{organisationName.Replace(' ', '.').ToLowerInvariant()}@example.org";
        var user = new CimsUser { UserName = email, Email = email, DisplayName = organisationName, OrganisationId = organisation.Id };
        Assert.True((await users.CreateAsync(user, CimsAppFactory.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Reporter)).Succeeded);
        return email;
    }
}

public sealed class SqliteInactiveOrganisationTests(SqliteApp app) : InactiveOrganisationTests<SqliteApp>(app);

public sealed class PostgresInactiveOrganisationTests(PostgresApp app) : InactiveOrganisationTests<PostgresApp>(app);
