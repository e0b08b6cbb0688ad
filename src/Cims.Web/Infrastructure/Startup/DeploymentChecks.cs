using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace Cims.Web.Infrastructure.Startup;

/// <summary>
/// Settings that are fine on a developer's machine but unsafe anywhere else (ADR 0042). Outside Development, each
/// stops CIMS with one sentence saying what to change. The training environment (docs/adr/0052) may seed its demo
/// accounts there, and only there, with a password of its own.
/// </summary>
public static class DeploymentChecks
{
    public const string AllowUnencryptedKeys = "DataProtection:AllowUnencryptedKeys";

    public static void Verify(IConfiguration configuration, IHostEnvironment environment, CimsOptions options)
    {
        if (environment.IsDevelopment())
            return;
        if (Problem(configuration, environment, options) is { } problem)
            throw new StartupConfigurationException(problem);
    }

    private static string? Problem(IConfiguration configuration, IHostEnvironment environment, CimsOptions options)
    {
        var where = $"in the {environment.EnvironmentName} environment";
        var training = options.Environment == Training.CimsEnvironment.Training;
        if (options.SeedDemo && !training)
            return $"Cims:SeedDemo is on {where}, which would create demo accounts with a known password: set Cims:SeedDemo=false.";
        if (options.DemoPassword == DemoAccounts.DefaultPassword)
            return $"Cims:DemoPassword is the published demo password {where}: remove the setting.";
        if (training && string.IsNullOrWhiteSpace(options.DemoPassword))
            return $"Cims:Environment is Training {where} without Cims:DemoPassword: set the password the learners' accounts share.";
        if (string.IsNullOrWhiteSpace(configuration["DataProtection:CertificatePath"]) && !configuration.GetValue<bool>(AllowUnencryptedKeys))
            return $"DataProtection:CertificatePath is not set {where}: give a PKCS#12 certificate to encrypt the Data Protection keys, or set {AllowUnencryptedKeys}=true to store them unencrypted on purpose.";
        return DatabaseTlsProblem(DatabaseSetup.ProviderFrom(configuration), configuration, where);
    }

    private static string? DatabaseTlsProblem(DatabaseProvider provider, IConfiguration configuration, string where)
    {
        foreach (var name in new[] { "Cims", "CimsReadOnly" })
        {
            var connectionString = configuration.GetConnectionString(name);
            if (!string.IsNullOrWhiteSpace(connectionString) && RemoteWithoutTls(provider, connectionString) is { } host)
                return $"ConnectionStrings:{name} turns TLS off to the remote database server {host} {where}: remove SSL Mode=Disable or Encrypt=false.";
        }

        return null;
    }

    /// <summary>The remote host a connection string reaches without TLS, or null.</summary>
    public static string? RemoteWithoutTls(DatabaseProvider provider, string connectionString)
    {
        try
        {
            return provider switch
            {
                DatabaseProvider.Postgres => Postgres(new NpgsqlConnectionStringBuilder(connectionString)),
                DatabaseProvider.SqlServer => SqlServer(new SqlConnectionStringBuilder(connectionString)),
                _ => null,
            };
        }
        catch (ArgumentException)
        {
            return null; // A malformed string: the database setup reports it in its own words.
        }
    }

    private static string? Postgres(NpgsqlConnectionStringBuilder builder) =>
        builder.SslMode is SslMode.Disable or SslMode.Allow && !IsLocal(builder.Host) ? builder.Host : null;

    private static string? SqlServer(SqlConnectionStringBuilder builder) =>
        SqlConnectionEncryptOption.Optional.Equals(builder.Encrypt) && !IsLocal(ServerHost(builder.DataSource)) ? builder.DataSource : null;

    private static string ServerHost(string dataSource)
    {
        var server = dataSource.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase) ? dataSource[4..] : dataSource;
        return server.Split(',', '\\')[0];
    }

    /// <summary>Loopback or a local socket: the connection never leaves the machine.</summary>
    private static bool IsLocal(string? host) =>
        string.IsNullOrWhiteSpace(host)
        || host.Split(',').All(h => h.Trim() is var one && (one.StartsWith('/') || one.StartsWith('@')
            || one.Split(':')[0] is "localhost" or "127.0.0.1" or "." or "(local)" || one is "::1" or "[::1]"
            || one.StartsWith("np:", StringComparison.OrdinalIgnoreCase) || one.StartsWith("lpc:", StringComparison.OrdinalIgnoreCase)));
}
