using Cims.Domain.Organisations;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Data.Seeding;

/// <summary>Creates the demo organisations, accounts and API client when they are missing (training mode only).</summary>
public sealed class DemoSeeder(CimsDbContext db, UserManager<CimsUser> users, ApiClientRegistry apiClients, TimeProvider clock)
{
    public async Task SeedAsync(string password, CancellationToken ct)
    {
        var agencyOne = await SeedPeopleAsync(password, ct);
        if (!await db.ApiClients.AnyAsync(c => c.ClientId == DemoAccounts.ApiClientId, ct))
            await apiClients.RegisterAsync(agencyOne, "Agency One demo system", ApiScopes.All, ct, DemoAccounts.ApiClientId, password);
    }

    /// <summary>The demo organisations and accounts (all a database had before the API); gives Agency One's id.</summary>
    public async Task<int> SeedPeopleAsync(string password, CancellationToken ct)
    {
        var organisations = new Dictionary<string, Organisation>
        {
            [DemoAccounts.Department] = await EnsureOrganisationAsync(DemoAccounts.Department, OrganisationKind.Department, [], [], ct),
            [DemoAccounts.AgencyOne] = await EnsureOrganisationAsync(DemoAccounts.AgencyOne, OrganisationKind.FundedAgency,
                ["Goulburn", "Outer Eastern Melbourne"], ["Disability services", "Housing and community building services"], ct),
            [DemoAccounts.AgencyTwo] = await EnsureOrganisationAsync(DemoAccounts.AgencyTwo, OrganisationKind.FundedAgency,
                ["Barwon", "Western Melbourne"], ["Children, youth and family services", "Youth services"], ct),
        };
        foreach (var account in DemoAccounts.All)
            await EnsureUserAsync(account, organisations[account.Organisation].Id, password);
        return organisations[DemoAccounts.AgencyOne].Id;
    }

    private async Task<Organisation> EnsureOrganisationAsync(
        string name, OrganisationKind kind, string[] areaNames, string[] programNames, CancellationToken ct)
    {
        var existing = await db.Organisations.SingleOrDefaultAsync(o => o.Name == name, ct);
        if (existing is not null)
            return existing;
        var organisation = Organisation.Create(name, null, kind, clock.GetUtcNow());
        organisation.SetAreas(await db.Areas.Where(a => areaNames.Contains(a.Name)).Select(a => a.Id).ToListAsync(ct));
        organisation.SetServiceTypes(await db.ServiceTypes
            .Where(s => db.Programs.Any(p => p.Id == s.ProgramId && programNames.Contains(p.Name)))
            .Select(s => s.Id).ToListAsync(ct));
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    /// <summary>Adds the account to the organisation with its roles, unless its e-mail address has one already.</summary>
    public async Task EnsureUserAsync(DemoAccount account, int organisationId, string password)
    {
        if (await users.FindByEmailAsync(account.Email) is not null)
            return;
        var user = new CimsUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            OrganisationId = organisationId,
            CreatedAt = clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(user, password), account.Email);
        Check(await users.AddToRolesAsync(user, account.Roles), account.Email);
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new Infrastructure.Startup.StartupConfigurationException(
                $"The demo account {email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))} " +
                "Check Cims:DemoPassword against the password policy.");
        }
    }
}
