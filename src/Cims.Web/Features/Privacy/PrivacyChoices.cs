using System.Globalization;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Privacy;

/// <summary>
/// The register's values stage 1 offers: active organisations, and a chosen organisation's areas
/// ("Division – Area") and service types with their programs, only those valid today.
/// </summary>
public sealed class PrivacyChoices(CimsDbContext db, ReportChoices incidentChoices)
{
    public async Task<IReadOnlyList<Choice>> OrganisationsAsync(CancellationToken ct) =>
        await db.Organisations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Name)
            .Select(o => new Choice(o.Id.ToString(CultureInfo.InvariantCulture), o.Name)).ToListAsync(ct);

    public async Task<bool> IsActiveOrganisationAsync(int id, CancellationToken ct) =>
        await db.Organisations.AnyAsync(o => o.Id == id && o.IsActive, ct);

    public Task<IReadOnlyList<Choice>> AreasAsync(int organisationId, CancellationToken ct) => incidentChoices.AreasAsync(organisationId, ct);

    public Task<IReadOnlyList<ServiceTypeChoice>> ServiceTypesAsync(int organisationId, CancellationToken ct) =>
        incidentChoices.ServiceTypesAsync(organisationId, ct);
}
