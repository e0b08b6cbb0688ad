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
    public Task<byte[]> GetAsync(string name, CancellationToken ct) => GetAsync(name, () => RandomNumberGenerator.GetBytes(32), ct);

    /// <summary>The secret named <paramref name="name"/>, made by <paramref name="make"/> the first time (a key pair, for example; at most about 500 bytes).</summary>
    public async Task<byte[]> GetAsync(string name, Func<byte[]> make, CancellationToken ct)
    {
        await _lock.WaitAsync(ct);
        try
        {
            if (!_cache.TryGetValue(name, out var secret))
                _cache[name] = secret = await LoadOrMakeAsync(name, make, ct);
            return secret;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<byte[]> LoadOrMakeAsync(string name, Func<byte[]> make, CancellationToken ct)
    {
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
            if (await db.AppSecrets.AsNoTracking().SingleOrDefaultAsync(s => s.Name == name, ct) is { } stored)
                return _protector.Unprotect(Convert.FromBase64String(stored.ProtectedValue));
            var made = make();
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
