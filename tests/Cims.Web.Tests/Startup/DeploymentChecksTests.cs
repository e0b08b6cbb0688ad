using Cims.Web.Infrastructure.Startup;
using Cims.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Cims.Web.Tests.Startup;

/// <summary>Settings that are safe only on a developer's machine stop CIMS elsewhere, each with one sentence.</summary>
public sealed class DeploymentChecksTests
{
    private const string Sound = "DataProtection:AllowUnencryptedKeys=true";

    [Theory]
    [InlineData("Cims:SeedDemo=true", "Cims:SeedDemo is on in the Production environment, which would create demo accounts with a known password: set Cims:SeedDemo=false.")]
    [InlineData("Cims:DemoPassword=Cims-Demo-2026!", "Cims:DemoPassword is the published demo password in the Production environment: remove the setting.")]
    [InlineData("DataProtection:AllowUnencryptedKeys=false", "DataProtection:CertificatePath is not set in the Production environment: give a PKCS#12 certificate to encrypt the Data Protection keys, or set DataProtection:AllowUnencryptedKeys=true to store them unencrypted on purpose.")]
    [InlineData("Database:Provider=Postgres|ConnectionStrings:Cims=Host=db.example.org;Database=cims;SSL Mode=Disable", "ConnectionStrings:Cims turns TLS off to the remote database server db.example.org in the Production environment: remove SSL Mode=Disable or Encrypt=false.")]
    [InlineData("Database:Provider=SqlServer|ConnectionStrings:Cims=Server=tcp:sql.example.org,1433;Database=cims;Encrypt=false", "ConnectionStrings:Cims turns TLS off to the remote database server tcp:sql.example.org,1433 in the Production environment: remove SSL Mode=Disable or Encrypt=false.")]
    public void Verify_UnsafeSettingInProduction_RefusesWithOneSentence(string settings, string sentence)
    {
        var ex = Assert.Throws<StartupConfigurationException>(() => Verify("Production", Sound + "|" + settings));

        Assert.Equal(sentence, ex.Message);
    }

    [Theory]
    [InlineData("Production", "Database:Provider=Postgres|ConnectionStrings:Cims=Host=127.0.0.1;Database=cims;SSL Mode=Disable")]
    [InlineData("Production", "Database:Provider=Postgres|ConnectionStrings:Cims=Host=/var/run/postgresql;Database=cims;SSL Mode=Disable")]
    [InlineData("Production", "Database:Provider=SqlServer|ConnectionStrings:Cims=Server=localhost,1433;Database=cims;Encrypt=false")]
    [InlineData("Production", "Database:Provider=Postgres|ConnectionStrings:Cims=Host=db.example.org;Database=cims;SSL Mode=VerifyFull")]
    [InlineData("Production", "DataProtection:CertificatePath=/etc/cims/keys.pfx|DataProtection:AllowUnencryptedKeys=false")]
    [InlineData("Development", "Cims:SeedDemo=true|Cims:DemoPassword=Cims-Demo-2026!|DataProtection:AllowUnencryptedKeys=false")]
    public void Verify_SafeOrDevelopment_Starts(string environment, string settings) =>
        Verify(environment, Sound + "|" + settings);

    [Fact]
    public async Task Start_DemoModeInProduction_ExitsWithOneClearSentence()
    {
        var run = await CimsProcess.RunAsync("--environment=Production", "--Cims:SeedDemo=true", "--Cims:DemoPassword=Another-Demo-Password");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("CIMS cannot start: Cims:SeedDemo is on in the Production environment", run.Output);
        Assert.DoesNotContain("   at ", run.Output);
    }

    private static void Verify(string environment, string settings)
    {
        var values = new Dictionary<string, string?>();
        foreach (var pair in settings.Split('|').Select(s => s.Split('=', 2)))
            values[pair[0]] = pair[1]; // a later value wins, as in layered configuration
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var options = configuration.GetSection(CimsOptions.Section).Get<CimsOptions>() ?? new CimsOptions();
        DeploymentChecks.Verify(configuration, new Environment(environment), options);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Cims.Web";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
