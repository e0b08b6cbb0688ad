using System.Buffers.Binary;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Security;

/// <summary>
/// The product hashes passwords with PBKDF2 at Identity's full strength; the test hosts lower the count to save time
/// (<see cref="CimsAppFactory.FastPasswordHashing"/>), so this host, configured as the product is, checks the real one.
/// </summary>
public sealed class PasswordHashingTests
{
    [Fact]
    public void HashPassword_AsTheProductIsConfigured_Pbkdf2WithAtLeast100000Iterations()
    {
        using var app = new ProductHashingApp();
        var hasher = app.Services.GetRequiredService<IPasswordHasher<CimsUser>>();

        var hash = Convert.FromBase64String(hasher.HashPassword(new CimsUser(), "correct horse battery staple"));

        Assert.Equal(0x01, hash[0]); // Identity's version 3 format: PBKDF2 with HMAC-SHA256 or SHA512
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)) >= 100_000, "Too few PBKDF2 iterations.");
    }

    [Fact]
    public void HashPassword_InATestHost_FewerIterationsSameFormat()
    {
        using var app = new SqliteApp();
        var hasher = app.Services.GetRequiredService<IPasswordHasher<CimsUser>>();

        var hash = Convert.FromBase64String(hasher.HashPassword(new CimsUser(), "correct horse battery staple"));

        Assert.Equal(0x01, hash[0]);
        Assert.Equal((uint)CimsAppFactory.TestIterations, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)));
    }

    private sealed class ProductHashingApp() : CimsAppFactory(DatabaseProvider.Sqlite)
    {
        protected override bool HashesFast => false;
    }
}
