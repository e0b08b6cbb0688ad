using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Startup;

/// <summary>With DataProtection:CertificatePath set, the key ring is stored encrypted, and every node with the certificate reads it.</summary>
public sealed class DataProtectionCertificateTests : IDisposable
{
    private const string CertificatePassword = "test-certificate-password";

    private readonly string _folder = Directory.CreateTempSubdirectory("cims-certificate-").FullName;

    [Fact]
    public async Task ProtectKeysWithCertificate_KeyRing_StoredEncryptedAndReadByAnotherNode()
    {
        var certificate = CreateCertificate();
        using var first = new CertificateApp(TestDatabase.Create(DatabaseProvider.Sqlite), ownsDatabase: true, certificate);
        var token = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("across nodes");

        var keys = await first.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.Contains("EncryptedXmlDecryptor", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
        using var second = new CertificateApp(first.Database, ownsDatabase: false, certificate);
        Assert.Equal("across nodes", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(token));
    }

    [Fact]
    public async Task Start_CertificateUnreadable_ExitsWithOneClearSentence()
    {
        var missing = Path.Combine(_folder, "missing.pfx");

        var run = await CimsProcess.RunAsync([$"--DataProtection:CertificatePath={missing}", "--DataProtection:CertificatePassword=secret-value"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"CIMS cannot start: DataProtection:CertificatePath ({missing}) cannot be loaded", run.Output);
        Assert.DoesNotContain("secret-value", run.Output);
        Assert.DoesNotContain("   at ", run.Output);
    }

    private string CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CIMS Data Protection test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder, "data-protection.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, CertificatePassword));
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class CertificateApp(TestDatabase database, bool ownsDatabase, string certificatePath) : CimsAppFactory(database, ownsDatabase)
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("DataProtection:CertificatePath", certificatePath),
            new("DataProtection:CertificatePassword", DataProtectionCertificateTests.CertificatePassword),
        ];
    }
}
