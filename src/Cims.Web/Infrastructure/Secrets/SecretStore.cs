using System.Security.Cryptography;
using Cims.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Infrastructure.Secrets;

/// <summary>
/// The application's own secrets: made at random the first time one is asked for, kept in the database encrypted with
/// the Data Protection keys, so every node reads the same one and a restart keeps it. Two nodes that make one at the
/// same moment both read the one that was saved first.
/// </summary>
public sealed class SecretStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Cims.Secrets");
    private readonly Dictionary<string, byte[]> _cache = [];
    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>The 32-byte secret named <paramref name="name"/>.</summary>
    public async Task<byte[]> GetAsync(string name, CancellationToken ct)
    {
        await _lock.WaitAsync(ct);
        try
        {
            if (!_cache.TryGetValue(name, out var secret))
                _cache[name] = secret = await LoadOrMakeAsync(name, ct);
            return secret;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<byte[]> LoadOrMakeAsync(string name, CancellationToken ct)
    {
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
            if (await db.AppSecrets.AsNoTracking().SingleOrDefaultAsync(s => s.Name == name, ct) is { } stored)
                return _protector.Unprotect(Convert.FromBase64String(stored.ProtectedValue));
            var made = RandomNumberGenerator.GetBytes(32);
            db.AppSecrets.Add(new AppSecret(name, Convert.ToBase64String(_protector.Protect(made)), time.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(ct);
                return made;
            }
            catch (DbUpdateException)
            {
                // Another node saved it first: read theirs below.
            }
        }

        using var again = scopes.CreateScope();
        var saved = await again.ServiceProvider.GetRequiredService<CimsDbContext>().AppSecrets.AsNoTracking().SingleAsync(s => s.Name == name, ct);
        return _protector.Unprotect(Convert.FromBase64String(saved.ProtectedValue));
    }
}
