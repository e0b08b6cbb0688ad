using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Api.Sandbox;

public sealed record SandboxClientRow(string ClientId, string Name, DateTimeOffset CreatedAt);

/// <summary>The sandbox page: the form, the credentials issued so far (newest first) and the synthetic clients.</summary>
public sealed record SandboxPage(SandboxForm Form, IReadOnlyList<SandboxClientRow> Issued)
{
    public IReadOnlyList<SandboxClient> Clients => SandboxClients.All;
}

/// <summary>Reads the sandbox page: the API clients of the sandbox organisation.</summary>
public sealed class GetSandboxPage(CimsDbContext db, SandboxSeeder sandbox)
{
    public async Task<SandboxPage> RunAsync(SandboxForm form, CancellationToken ct)
    {
        var organisationId = await sandbox.IdAsync(ct) ?? -1;
        var issued = await db.ApiClients.AsNoTracking().Where(c => c.OrganisationId == organisationId).OrderByDescending(c => c.Id)
            .Select(c => new SandboxClientRow(c.ClientId, c.Name, c.CreatedAt)).ToListAsync(ct);
        return new SandboxPage(form, issued);
    }
}
