using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.DataProtection;

namespace Cims.Web.Infrastructure.DataProtection;

/// <summary>
/// Data Protection keys in the database (every web node reads the cookies and antiforgery tokens the
/// others issue), encrypted at rest with a certificate when DataProtection:CertificatePath is set.
/// </summary>
public static class DataProtectionSetup
{
    public const string Section = "DataProtection";

    public static IServiceCollection AddCimsDataProtection(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = services.AddDataProtection().SetApplicationName("CIMS").PersistKeysToDbContext<CimsDbContext>();
        var path = configuration[$"{Section}:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(path))
            builder.ProtectKeysWithCertificate(LoadCertificate(path, configuration[$"{Section}:CertificatePassword"]));
        else if (!environment.IsDevelopment())
            services.AddHostedService<UnencryptedKeysWarning>();
        return services;
    }

    private static X509Certificate2 LoadCertificate(string path, string? password)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new StartupConfigurationException(
                $"{Section}:CertificatePath ({path}) cannot be loaded as a PKCS#12 certificate with {Section}:CertificatePassword: {ex.Message.TrimEnd('.')}.", ex);
        }

        return certificate.HasPrivateKey
            ? certificate
            : throw new StartupConfigurationException($"{Section}:CertificatePath ({path}) holds no private key, so CIMS could not decrypt its keys.");
    }
}

/// <summary>Says once at start-up that the key ring is stored unencrypted (outside Development).</summary>
internal sealed class UnencryptedKeysWarning(ILogger<UnencryptedKeysWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning(
            "Data Protection keys are stored unencrypted in the database: set {Setting} (and {Password}) to a PKCS#12 certificate to encrypt them at rest",
            $"{DataProtectionSetup.Section}:CertificatePath", $"{DataProtectionSetup.Section}:CertificatePassword");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
