using Cims.Domain.Common;
using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Api;

namespace Cims.Web.Features.Api.Sandbox;

/// <summary>
/// Issues a vendor's sandbox credentials: an API client of the sandbox organisation (made by
/// <see cref="ApiClientRegistry"/>, audited, its secret hashed), whose secret the administrator sees once.
/// </summary>
public sealed class IssueSandboxCredentials(SandboxSeeder sandbox, ApiClientRegistry registry)
{
    public static readonly Error NoSandbox = new("sandbox.missing", "The API sandbox organisation is missing: restart CIMS to create it.");

    public async Task<Result<ApiClientCredentials>> RunAsync(SandboxForm form, CancellationToken ct)
    {
        if (await sandbox.IdAsync(ct) is not { } organisationId)
            return NoSandbox;
        return Result<ApiClientCredentials>.Ok(await registry.RegisterAsync(organisationId, form.ClientName, [.. form.Scopes ?? []], ct));
    }
}
