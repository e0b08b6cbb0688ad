using Cims.Domain.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Incidents;

/// <summary>An incident and every section survive a round trip through each provider.</summary>
public abstract class IncidentPersistenceTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static readonly Actor Reporter = new("reporter-id", "Riley Reporter");

    [Fact]
    public async Task SaveAndLoad_CompleteIncident_KeepsEverySectionPeopleAndHistory()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var incident = await NewIncidentAsync(db);
            incident.SubmitForEndorsement(Reporter, Now).MustSucceed();
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
            return incident.Id;
        });

        var loaded = await app.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id));

        Assert.Equal(IncidentStatus.AwaitingEndorsement, loaded.Status);
        Assert.Equal(PolicyProfile.E3, loaded.Profile);
        Assert.Equal("Shepparton", loaded.Service!.ServiceAddress.Suburb);
        Assert.Equal("Morgan Manager", loaded.Officer!.LineManagerName);
        Assert.Equal(new TimeOnly(14, 15), loaded.Dates!.OccurredAtTime);
        Assert.Equal(Now.AddHours(-2), loaded.Dates.AwareAt);
        Assert.Equal(ImpactLevel.Major, loaded.Details!.Impact);
        Assert.Equal(["SAFETY", "POLICE"], loaded.Actions!.Taken);
        Assert.Equal("A-123", loaded.Actions.PoliceReference);
        Assert.Equal(["Jo Citizen", "Sam Citizen"], loaded.Clients.OrderBy(c => c.Position).Select(c => c.FullName));
        Assert.Equal(SubjectOfAllegationRole.Staff, Assert.Single(loaded.Others).AllegationRole);
        var change = Assert.Single(loaded.History);
        Assert.Equal((IncidentStatus.Draft, IncidentStatus.AwaitingEndorsement, Now), (change.From, change.To, change.At));
    }

    [Fact]
    public async Task ReplaceClients_SavedIncident_RemovesOldRowsAndKeepsOrder()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var incident = await NewIncidentAsync(db);
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
            return incident.Id;
        });

        await app.WithDbAsync(async db =>
        {
            var incident = await db.Incidents.SingleAsync(i => i.Id == id);
            incident.ReplaceClients([Client("Alex", "Other"), .. incident.Clients.Take(1)], Now).MustSucceed();
            return await db.SaveChangesAsync();
        });
        var names = await app.WithDbAsync(db => db.Incidents.Where(i => i.Id == id)
            .SelectMany(i => i.Clients).OrderBy(c => c.Position).Select(c => c.GivenName).ToListAsync());

        Assert.Equal(["Alex", "Jo"], names);
    }

    [Fact]
    public async Task SaveChanges_StaleVersion_IsRefusedAsAConcurrencyConflict()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var incident = await NewIncidentAsync(db);
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
            return incident.Id;
        });

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => app.WithDbAsync(async db =>
        {
            var mine = await db.Incidents.SingleAsync(i => i.Id == id);
            await app.WithDbAsync(async other =>
            {
                var theirs = await other.Incidents.SingleAsync(i => i.Id == id);
                theirs.SetScope(true, Now.AddMinutes(1)).MustSucceed();
                return await other.SaveChangesAsync();
            });
            mine.SetScope(true, Now.AddMinutes(2)).MustSucceed();
            return await db.SaveChangesAsync();
        }));
    }

    private static ClientInvolved Client(string given, string surname) => new()
    {
        GivenName = given,
        Surname = surname,
        IdentifierType = "CRIS",
        Identifier = "1",
        Sex = "1",
        IndigenousStatus = "4",
        Impact = ImpactLevel.Major,
        Address = new Address("2 High St", "Benalla", "VIC", "3672"),
    };

    private static async Task<Incident> NewIncidentAsync(Cims.Web.Data.CimsDbContext db)
    {
        var organisationId = await db.Organisations.Where(o => o.Name == "Agency One Community Services").Select(o => o.Id).SingleAsync();
        var area = await db.Areas.FirstAsync();
        var serviceType = await db.ServiceTypes.FirstAsync();
        var type = await db.IncidentTypes.FirstAsync(t => t.Name == "Physical abuse");
        var incident = Incident.Start(organisationId, Reporter.UserId, new DateOnly(2026, 11, 23), Now);
        incident.SetScope(true, Now).MustSucceed();
        incident.SetService(new ServiceDetails(area.Id, serviceType.ProgramId, serviceType.Id, new Address("1 Main St", "Shepparton", "VIC", "3630"), false), Now).MustSucceed();
        incident.SetOfficer(new ReportingOfficer("Reporter", "Riley", "Case worker", "0355501234", "riley@example.org", "Morgan Manager"), Now).MustSucceed();
        incident.SetDates(new IncidentDates(new DateOnly(2026, 11, 22), "EXACT", new TimeOnly(14, 15), "EXACT", Now.AddHours(-2)), Now).MustSucceed();
        incident.SetDetails(new IncidentDescription("Lounge room", "Client was pushed.", ImpactLevel.Major, type.Id, null), Now).MustSucceed();
        incident.SetActions(new ImmediateActions(["SAFETY", "POLICE"], Now.AddHours(-1), "A-123", null), Now).MustSucceed();
        incident.ReplaceClients([Client("Jo", "Citizen"), Client("Sam", "Citizen")], Now).MustSucceed();
        incident.ReplaceOthers([new OtherPerson { Role = OtherPersonRole.SubjectOfAllegation, AllegationRole = SubjectOfAllegationRole.Staff, Name = "Pat Staff" }], Now).MustSucceed();
        incident.Declare(Now).MustSucceed();
        return incident;
    }
}

public sealed class SqliteIncidentPersistenceTests(SqliteApp app) : IncidentPersistenceTests<SqliteApp>(app);

public sealed class PostgresIncidentPersistenceTests(PostgresApp app) : IncidentPersistenceTests<PostgresApp>(app);
