using Cims.Domain.Auditing;
using Cims.Domain.Identity;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Startup;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;

namespace Cims.Web.Tests.Data.Upgrade;

/// <summary>
/// Fills a legacy database through the app's own seeders and domain objects: reference data, roles,
/// demo organisations and users, incidents with people and an attachment, privacy reports, audit
/// entries, and a Data Protection key stored the way the early releases stored it.
/// </summary>
internal static class LegacyData
{
    public const string ProtectorPurpose = "Cims.Upgrade.Test";

    public static readonly DateTimeOffset Now = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Fills the database; returns a payload protected with the legacy key ring.</summary>
    public static async Task<string> FillAsync(TestDatabase database, string secret)
    {
        await using var services = Services(database);
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<CimsDbContext>();
        await sp.GetRequiredService<ReferenceDataSeeder>().SeedAsync(CancellationToken.None);
        foreach (var role in Roles.All)
            await sp.GetRequiredService<RoleManager<IdentityRole>>().CreateAsync(new IdentityRole(role));
        await sp.GetRequiredService<DemoSeeder>().SeedPeopleAsync(CimsAppFactory.Password, CancellationToken.None); // no API clients then
        var reporter = await sp.GetRequiredService<UserManager<CimsUser>>().FindByEmailAsync("reporter@agency-one.example")
            ?? throw new InvalidOperationException("The demo reporter is missing.");
        var service = await ServiceIds.OfAsync(db, DemoAccounts.AgencyOne);
        for (var n = 1; n <= 3; n++)
            await AddIncidentAsync(db, reporter, service, n);
        for (var n = 1; n <= 3; n++)
            await AddPrivacyReportAsync(db, service, n);
        for (var n = 1; n <= 4; n++)
        {
            db.AuditEntries.Add(AuditEntry.Create(
                new AuditActor(reporter.Id, reporter.Email, reporter.OrganisationId, "127.0.0.1"), "Test.Action", "Incident", $"{n}", $"Entry {n}", Now.AddMinutes(n)));
            await db.SaveChangesAsync();
        }

        // Sealed as the system of the time sealed them: in id order as they were saved.
        await Cims.Web.Infrastructure.Auditing.AuditChain.SealPendingAsync(db, CancellationToken.None);
        return sp.GetRequiredService<IDataProtectionProvider>().CreateProtector(ProtectorPurpose).Protect(secret);
    }

    private static ServiceProvider Services(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Cims"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration); // settings bound by name (BindConfiguration) read it, as in the app
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddCimsDatabase(configuration, new HostingEnvironment { ContentRootPath = database.Folder });
        services.AddCimsIdentity();
        services.AddDataProtection().SetApplicationName("CIMS");
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new LegacyKeyRepository(database));
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoSeeder>();
        services.AddHttpContextAccessor();
        services.AddScoped<Cims.Web.Infrastructure.Auditing.AuditLog>();
        Cims.Web.Infrastructure.Api.ApiAuthSetup.AddCimsApiClients(services);
        return services.BuildServiceProvider();
    }

    private static async Task AddIncidentAsync(CimsDbContext db, CimsUser reporter, ServiceIds service, int n)
    {
        var typeId = await db.IncidentTypes.OrderBy(t => t.Id).Select(t => t.Id).Skip(n).FirstAsync();
        var incident = Incident.Start(reporter.OrganisationId, reporter.Id, new DateOnly(2026, 11, 20 + n), Now);
        incident.SetScope(true, Now).MustSucceed();
        incident.SetService(new ServiceDetails(service.AreaId, service.ProgramId, service.ServiceTypeId, new Address($"{n} Main St", "Shepparton", "VIC", "3630"), false), Now).MustSucceed();
        incident.SetOfficer(new ReportingOfficer("Reporter", reporter.DisplayName, "Case worker", "0355501234", reporter.Email!, "Morgan Manager"), Now).MustSucceed();
        incident.SetDates(new IncidentDates(new DateOnly(2026, 11, 19 + n), "EXACT", new TimeOnly(14, 15), "EXACT", Now.AddHours(-2)), Now).MustSucceed();
        incident.SetDetails(new IncidentDescription("Lounge room", $"Incident number {n} described in full.", ImpactLevel.Major, typeId, null), Now).MustSucceed();
        incident.SetActions(new ImmediateActions(["SAFETY"], Now.AddHours(-1), $"A-{n}", null), Now).MustSucceed();
        incident.ReplaceClients([new ClientInvolved { GivenName = "Jo", Surname = $"Citizen{n}", IdentifierType = "CRIS", Identifier = $"10023{n}", Sex = "2", IndigenousStatus = "4", Impact = ImpactLevel.Major, DateOfBirth = new DateOnly(1990, 5, n), Address = new Address("2 High St", "Benalla", "VIC", "3672") }], Now).MustSucceed();
        incident.ReplaceOthers([new OtherPerson { Role = OtherPersonRole.SubjectOfAllegation, AllegationRole = SubjectOfAllegationRole.Staff, Name = "Pat Staff", StaffPosition = "Support worker" }], Now).MustSucceed();
        incident.Declare(Now).MustSucceed();
        if (n > 1)
            incident.SubmitForEndorsement(new Actor(reporter.Id, reporter.DisplayName), Now).MustSucceed();
        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        db.IncidentAttachments.Add(IncidentAttachment.Create(
            incident.Id, $"photo-{n}.png", "image/png", [1, 2, 3, (byte)n], "A photo", new Actor(reporter.Id, reporter.DisplayName), Now));
        await db.SaveChangesAsync();
    }

    private static async Task AddPrivacyReportAsync(CimsDbContext db, ServiceIds service, int n)
    {
        var report = Cims.Domain.Privacy.PrivacyReport.Start(Now);
        PrivacyReportFiller.Fill(report, service, until: null, people: n, now: Now);
        if (n > 1)
            report.Submit($"PIR-2026-{n:D5}", Now.AddDays(3), Now).MustSucceed();
        db.PrivacyReports.Add(report);
        await db.SaveChangesAsync();
    }
}
