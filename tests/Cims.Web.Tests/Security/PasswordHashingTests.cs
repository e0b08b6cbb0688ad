using System.Buffers.Binary;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Cims.Web.Tests.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cims.Web.Tests.Security;

/// <summary>
/// The product hashes passwords with PBKDF2 at Identity's full strength; the test hosts lower the count to save time
/// (<see cref="CimsAppFactory.FastPasswordHashing"/>), so this host, configured as the product is, checks the real one.
/// </summary>
public sealed class PasswordHashingTests
{
    [Fact]
    public void HashPassword_AsTheProductIsConfigured_Pbkdf2Sha512WithOwasp210000Iterations()
    {
        using var app = new ProductHashingApp();
        var hasher = app.Services.GetRequiredService<IPasswordHasher<CimsUser>>();

        var hash = Convert.FromBase64String(hasher.HashPassword(new CimsUser(), "correct horse battery staple"));

        Assert.Equal(0x01, hash[0]); // Identity's version 3 format: PBKDF2 with HMAC-SHA256 or SHA512
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1, 4))); // KeyDerivationPrf.HMACSHA512
        Assert.Equal(210_000u, Iterations(hash));
    }

    [Fact]
    public void HashPassword_InATestHost_FewerIterationsSameFormat()
    {
        using var app = new SqliteApp();
        var hasher = app.Services.GetRequiredService<IPasswordHasher<CimsUser>>();

        var hash = Convert.FromBase64String(hasher.HashPassword(new CimsUser(), "correct horse battery staple"));

        Assert.Equal(0x01, hash[0]);
        Assert.Equal((uint)CimsAppFactory.TestIterations, Iterations(hash));
    }

    [Fact]
    public async Task SignIn_HashAtAnOlderCount_UpgradedToTheCurrentCount()
    {
        using var app = new ProductHashingApp();
        var user = await TestUsers.CreateAsync(app, Cims.Domain.Identity.Roles.Reporter);
        var oldHasher = new PasswordHasher<CimsUser>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }));
        await TestUsers.UpdateAsync(app, user.Id, (users, u) =>
        {
            u.PasswordHash = oldHasher.HashPassword(u, CimsAppFactory.Password);
            return users.UpdateAsync(u);
        });

        await FormClient.For(app).SignInAsync(user.Email!);

        var stored = await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash!).SingleAsync());
        Assert.Equal(210_000u, Iterations(Convert.FromBase64String(stored)));
    }

    private static uint Iterations(byte[] hash) => BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4));

    private sealed class ProductHashingApp() : CimsAppFactory(DatabaseProvider.Sqlite)
    {
        protected override bool HashesFast => false;
    }
}
