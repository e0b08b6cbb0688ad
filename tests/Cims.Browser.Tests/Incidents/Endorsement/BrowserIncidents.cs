using Cims.Browser.Tests.Infrastructure;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Features.Incidents;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Browser.Tests.Incidents.Endorsement;

/// <summary>Puts a complete incident by the agency-one reporter in the browser app's database (a copy of the web tests' builder, trimmed).</summary>
public static class BrowserIncidents
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow.AddHours(-3);

    public static async Task<int> CreateAsync(BrowserApp app, bool endorse = false, ImpactLevel impact = ImpactLevel.Major, DateOnly? reportedOn = null)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CimsDbContext>();
        var reporter = (await services.GetRequiredService<UserManager<CimsUser>>().FindByEmailAsync("reporter@agency-one.example"))!;
        var day = reportedOn ?? DateOnly.FromDateTime(Now.UtcDateTime);
        var incident = Incident.Start(reporter.OrganisationId, reporter.Id, day, Now);
        await FillAsync(db, incident, reporter, impact, day);
        db.Incidents.Add(incident);
        await services.GetRequiredService<IncidentClock>().RefreshAsync(incident, CancellationToken.None);
        var actor = new Actor("builder", "Test Builder");
        incident.SubmitForEndorsement(actor, Now).MustSucceed();
        await db.SaveChangesAsync();
        if (endorse)
        {
            await services.GetRequiredService<DepartmentSubmission>()
                .SubmitAsync(incident, (i, _) => i.Endorse(actor, Now), "incident.endorsed", _ => "Endorsed by the test builder.", CancellationToken.None).MustSucceed();
        }

        return incident.Id;
    }

    private static async Task FillAsync(CimsDbContext db, Incident incident, CimsUser reporter, ImpactLevel impact, DateOnly day)
    {
        var organisation = db.Organisations.Where(o => o.Id == reporter.OrganisationId);
        var area = await organisation.SelectMany(o => o.Areas).Select(a => a.AreaId).FirstAsync();
        var serviceTypeId = await organisation.SelectMany(o => o.ServiceTypes).Select(s => s.ServiceTypeId).FirstAsync();
        var programId = await db.ServiceTypes.Where(s => s.Id == serviceTypeId).Select(s => s.ProgramId).SingleAsync();
        var typeId = await db.IncidentTypes.Where(t => t.Name == "Physical abuse").Select(t => t.Id).SingleAsync();
        incident.SetScope(true, Now).MustSucceed();
        incident.SetService(new ServiceDetails(area, programId, serviceTypeId, new Address("1 Main St", "Shepparton", "VIC", "3630"), false), Now).MustSucceed();
        incident.SetOfficer(new ReportingOfficer("Reporter", reporter.DisplayName, "Case worker", "0355501234", reporter.Email!, "Morgan Manager"), Now).MustSucceed();
        incident.SetDates(new IncidentDates(day.AddDays(-1), "EXACT", new TimeOnly(14, 15), "EXACT", Now.AddHours(-2)), Now).MustSucceed();
        incident.SetDetails(new IncidentDescription("Lounge room", "The client said a staff member pushed her.", impact, typeId, null), Now).MustSucceed();
        incident.SetActions(new ImmediateActions(["SAFETY", "POLICE"], Now.AddHours(-1), "A-123", null), Now).MustSucceed();
        incident.ReplaceClients([new ClientInvolved
        {
            GivenName = "Jo", Surname = "Citizen", IdentifierType = "CRIS", Identifier = "100234", Sex = "2", IndigenousStatus = "4",
            Impact = impact, DateOfBirth = new DateOnly(1990, 5, 17), Address = new Address("2 High St", "Benalla", "VIC", "3672"),
            Allegations = "Allegation 1 – physical abuse",
        }], Now).MustSucceed();
        incident.ReplaceOthers([new OtherPerson { Role = OtherPersonRole.SubjectOfAllegation, AllegationRole = SubjectOfAllegationRole.Staff, Name = "Pat Staff", StaffPosition = "Support worker" }], Now).MustSucceed();
        incident.Declare(Now).MustSucceed();
    }
}
