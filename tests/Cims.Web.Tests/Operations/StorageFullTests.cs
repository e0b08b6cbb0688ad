using System.Net;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Resilience;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Operations;

public sealed class DiskFullApp() : CimsAppFactory(DatabaseProvider.Sqlite)
{
    public DiskFullInterceptor Disk { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Cims:Audit:SealingEnabled", "false")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<SqliteCimsDbContext>(o => o.AddInterceptors(Disk)));
    }
}

/// <summary>A write the database cannot store for want of space: 503 with a page that says so, nothing stored; served again once space returns.</summary>
public sealed class StorageFullTests(DiskFullApp app) : IClassFixture<DiskFullApp>
{
    [Fact]
    public async Task DiskFull_WriteRefusedWithClearPageAndNothingStored_ThenAcceptedOnceSpaceReturns()
    {
        var client = FormClient.For(app);
        var before = await app.WithDbAsync(db => db.PrivacyReports.CountAsync());

        app.Disk.Full = true;
        HttpResponseMessage refused;
        try
        {
            refused = await client.PostFormAsync("/PrivacyReport", "/PrivacyReport/Proceed", []);
        }
        finally
        {
            app.Disk.Full = false;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var main = (await FormClient.ParseAsync(refused)).QuerySelector("main")!.TextContent;
        Assert.Contains(UnavailablePage.StorageFull, main, StringComparison.Ordinal);
        Assert.Contains(UnavailablePage.NotSaved, main, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.PrivacyReports.CountAsync()));

        var accepted = await client.PostFormAsync("/PrivacyReport", "/PrivacyReport/Proceed", []);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.PrivacyReports.CountAsync()));
    }
}
