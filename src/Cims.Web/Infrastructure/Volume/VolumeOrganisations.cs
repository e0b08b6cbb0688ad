using Cims.Domain.Identity;
using Cims.Domain.Organisations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>
/// The synthetic funded organisations (each in one division's areas and one program's service types, with a reporter
/// account that has no password) beside the organisations already there, and the reference data incidents draw from.
/// Run again, it finds the organisations it made before.
/// </summary>
public sealed class VolumeOrganisations(CimsDbContext db, UserManager<CimsUser> users)
{
    public const int Count = 40;

    /// <param name="seed">The random seed.</param>
    /// <param name="now">The generation's "now".</param>
    /// <param name="ct">Cancels the preparation.</param>
    /// <param name="count">How many synthetic organisations to add (0: only the organisations already there).</param>
    public async Task<VolumeReference> PrepareAsync(int seed, DateTimeOffset now, CancellationToken ct, int count = Count)
    {
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.DivisionId }).ToListAsync(ct);
        var services = await db.ServiceTypes.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.ProgramId }).ToListAsync(ct);
        var divisions = areas.Select(a => a.DivisionId).Distinct().ToList();
        var programs = services.Select(s => s.ProgramId).Distinct().ToList();
        for (var n = 0; n < count; n++)
        {
            var random = VolumeRandom.For(seed, 1, n);
            var name = $"{SyntheticText.OrganisationPlaces[n % SyntheticText.OrganisationPlaces.Length]} " +
                $"{SyntheticText.OrganisationKinds[n / SyntheticText.OrganisationPlaces.Length % SyntheticText.OrganisationKinds.Length]} (synthetic {n + 1:D2})";
            if (await db.Organisations.AnyAsync(o => o.Name == name, ct))
                continue;
            var division = divisions[n % divisions.Count];
            var program = programs[(n / divisions.Count + n) % programs.Count];
            var organisation = Organisation.Create(name, null, OrganisationKind.FundedAgency, now);
            organisation.SetAreas(areas.Where(a => a.DivisionId == division).Select(a => a.Id).Where(_ => random.Chance(0.6)).DefaultIfEmpty(areas.First(a => a.DivisionId == division).Id));
            organisation.SetServiceTypes(services.Where(s => s.ProgramId == program).Select(s => s.Id).Where(_ => random.Chance(0.7)).DefaultIfEmpty(services.First(s => s.ProgramId == program).Id));
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(ct);
            await AddReporterAsync(organisation.Id, n, SyntheticText.Name(ref random), now);
        }

        return await LoadAsync(services.ToDictionary(s => s.Id, s => s.ProgramId), now, ct);
    }

    private async Task AddReporterAsync(int organisationId, int n, string displayName, DateTimeOffset now)
    {
        var email = $"reporter{n + 1:D2}@synthetic-volume.example";
        var user = new CimsUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, OrganisationId = organisationId, CreatedAt = now };
        var result = await users.CreateAsync(user);
        if (result.Succeeded)
            result = await users.AddToRoleAsync(user, Roles.Reporter);
        if (!result.Succeeded)
            throw new InvalidOperationException($"The synthetic account {email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }

    private async Task<VolumeReference> LoadAsync(Dictionary<int, int> programOf, DateTimeOffset now, CancellationToken ct)
    {
        var funded = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.FundedAgency && o.IsActive)
            .OrderBy(o => o.Id).Select(o => new { o.Id, o.Name, Areas = o.Areas.Select(a => a.AreaId).ToList(), Services = o.ServiceTypes.Select(s => s.ServiceTypeId).ToList() })
            .ToListAsync(ct);
        var reporters = await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.DisplayName, u.OrganisationId }).ToListAsync(ct);
        var organisations = funded.Where(o => o.Areas.Count > 0 && o.Services.Count > 0)
            .Select(o => (o, reporter: reporters.FirstOrDefault(r => r.OrganisationId == o.Id)))
            .Where(x => x.reporter is not null)
            .Select((x, i) => new VolumeOrganisation(x.o.Id, x.o.Name, x.reporter!.Id, x.reporter.DisplayName, [.. x.o.Areas],
                [.. x.o.Services.Select(s => (s, programOf[s]))], 1.0 / Math.Pow(i + 1, 0.6)))
            .ToList();
        var types = await db.IncidentTypes.AsNoTracking().OrderBy(t => t.Id).Select(t => new
        {
            t.Id,
            t.Name,
            t.IsAbuseType,
            t.RequiresInvestigationWhenMajor,
            t.RequiresReviewWhenMajor,
            t.IsConfirmed,
        }).ToListAsync(ct);
        if (organisations.Count == 0 || types.Count == 0)
            throw new InvalidOperationException("generate-volume found no funded organisation with areas, service types and a user, or no incident types.");
        return new VolumeReference(organisations,
            [.. types.Select(t => new VolumeType(t.Id, t.Name, new(t.IsAbuseType, t.RequiresInvestigationWhenMajor, t.RequiresReviewWhenMajor, t.IsConfirmed), VolumeReference.TypeWeight(t.Name)))],
            now);
    }
}
