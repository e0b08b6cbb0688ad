using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Features.Incidents;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Browser.Tests.Incidents.Department;

/// <summary>
/// Puts a complete incident, endorsed and submitted to the department, straight into the browser
/// app's database (the minimum of the web tests' IncidentBuilder).
/// </summary>
public static class BrowserIncidents
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A submitted incident; reported on a 2019 day it is E1 and waits for department screening. With
    /// <paramref name="endorse"/> false it waits for the delegate's endorsement instead.
    /// </summary>
    public static async Task<int> SubmittedAsync(IServiceProvider services, DateOnly reportedOn, string reporterEmail = "reporter@agency-one.example", bool endorse = true)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var reporter = (await scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>().FindByEmailAsync(reporterEmail))!;
        var organisation = db.Organisations.Where(o => o.Id == reporter.OrganisationId);
        var area = await organisation.SelectMany(o => o.Areas).Select(a => a.AreaId).FirstAsync();
        var serviceType = await organisation.SelectMany(o => o.ServiceTypes).Select(s => s.ServiceTypeId).FirstAsync();
        var program = await db.ServiceTypes.Where(s => s.Id == serviceType).Select(s => s.ProgramId).SingleAsync();
        var type = await db.IncidentTypes.Where(t => t.Name == "Physical abuse").Select(t => t.Id).SingleAsync();
        var incident = Incident.Start(reporter.OrganisationId, reporter.Id, reportedOn, Now);
        incident.SetScope(true, Now).MustSucceed();
        incident.SetService(new ServiceDetails(area, program, serviceType, new Address("1 Main St", "Shepparton", "VIC", "3630"), false), Now).MustSucceed();
        incident.SetOfficer(new ReportingOfficer("Reporter", reporter.DisplayName, "Case worker", "0355501234", reporter.Email!, "Morgan Manager"), Now).MustSucceed();
        incident.SetDates(new IncidentDates(reportedOn.AddDays(-1), "EXACT", new TimeOnly(14, 15), "EXACT", Now.AddHours(-2)), Now).MustSucceed();
        incident.SetDetails(new IncidentDescription("Lounge room", "The client said a staff member pushed her.", ImpactLevel.Major, type, null), Now).MustSucceed();
        incident.SetActions(new ImmediateActions(["SAFETY"], null, null, null), Now).MustSucceed();
        incident.ReplaceClients([new ClientInvolved { GivenName = "Jo", Surname = "Citizen", IdentifierType = "CRIS", Sex = "2", IndigenousStatus = "4", Impact = ImpactLevel.Major }], Now).MustSucceed();
        incident.ReplaceOthers([new OtherPerson { Role = OtherPersonRole.SubjectOfAllegation, AllegationRole = SubjectOfAllegationRole.Staff, Name = "Pat Staff" }], Now).MustSucceed();
        incident.Declare(Now).MustSucceed();
        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        var actor = new Actor("builder", "Test Builder");
        incident.SubmitForEndorsement(actor, Now).MustSucceed();
        if (!endorse)
        {
            await db.SaveChangesAsync();
            return incident.Id;
        }

        await scope.ServiceProvider.GetRequiredService<DepartmentSubmission>()
            .SubmitAsync(incident, (i, _) => i.Endorse(actor, Now), "incident.endorsed", _ => "Endorsed by the test builder.", CancellationToken.None).MustSucceed();
        return incident.Id;
    }
}
