using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Incidents;

/// <summary>
/// Puts incidents straight into the database in a chosen state, for tests of the pages that come
/// after the report form: a complete report by a demo reporter, then moved along the workflow.
/// </summary>
public static class IncidentBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    /// <summary>A complete incident by <paramref name="reporterEmail"/>, saved as a draft or moved to <paramref name="status"/>.</summary>
    public static async Task<int> CreateAsync(
        CimsAppFactory app, string reporterEmail = "reporter@agency-one.example", IncidentStatus status = IncidentStatus.AwaitingEndorsement,
        ImpactLevel impact = ImpactLevel.Major, DateOnly? reportedOn = null, string primaryType = "Physical abuse")
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var reporter = await scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>().FindByEmailAsync(reporterEmail)
            ?? throw new InvalidOperationException($"No user {reporterEmail}.");
        var incident = await CompleteAsync(db, reporter, impact, reportedOn ?? new DateOnly(2026, 11, 23), primaryType);
        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        await MoveAsync(scope.ServiceProvider, incident, status);
        await db.SaveChangesAsync();
        return incident.Id;
    }

    private static async Task MoveAsync(IServiceProvider services, Incident incident, IncidentStatus status)
    {
        var actor = new Actor("builder", "Test Builder");
        await services.GetRequiredService<Cims.Web.Features.Incidents.IncidentClock>().RefreshAsync(incident, CancellationToken.None);
        if (status == IncidentStatus.Draft)
            return;
        incident.SubmitForEndorsement(actor, Now).MustSucceed();
        if (status == IncidentStatus.ReturnedToReporter)
            incident.ReturnToReporter(actor, "Please add the police reference.", Now).MustSucceed();
        if (status is IncidentStatus.AwaitingEndorsement or IncidentStatus.ReturnedToReporter)
            return;
        await services.GetRequiredService<Cims.Web.Features.Incidents.DepartmentSubmission>()
            .SubmitAsync(incident, (i, _) => i.Endorse(actor, Now), "incident.endorsed", _ => "Endorsed by the test builder.", CancellationToken.None).MustSucceed();
    }

    private static async Task<Incident> CompleteAsync(CimsDbContext db, CimsUser reporter, ImpactLevel impact, DateOnly reportedOn, string primaryType)
    {
        var area = await db.Organisations.Where(o => o.Id == reporter.OrganisationId).SelectMany(o => o.Areas).Select(a => a.AreaId).FirstAsync();
        var serviceTypeId = await db.Organisations.Where(o => o.Id == reporter.OrganisationId).SelectMany(o => o.ServiceTypes).Select(s => s.ServiceTypeId).FirstAsync();
        var programId = await db.ServiceTypes.Where(s => s.Id == serviceTypeId).Select(s => s.ProgramId).SingleAsync();
        var typeId = await db.IncidentTypes.Where(t => t.Name == primaryType).Select(t => t.Id).SingleAsync();
        var incident = Incident.Start(reporter.OrganisationId, reporter.Id, reportedOn, Now);
        incident.SetScope(true, Now).MustSucceed();
        incident.SetService(new ServiceDetails(area, programId, serviceTypeId, new Address("1 Main St", "Shepparton", "VIC", "3630"), false), Now).MustSucceed();
        incident.SetOfficer(new ReportingOfficer("Reporter", reporter.DisplayName, "Case worker", "0355501234", reporter.Email!, "Morgan Manager"), Now).MustSucceed();
        incident.SetDates(new IncidentDates(reportedOn.AddDays(-1), "EXACT", new TimeOnly(14, 15), "EXACT", Now.AddHours(-2)), Now).MustSucceed();
        incident.SetDetails(new IncidentDescription("Lounge room", "The client said a staff member pushed her.", impact, typeId, null), Now).MustSucceed();
        incident.SetActions(new ImmediateActions(["SAFETY", "POLICE"], Now.AddHours(-1), "A-123", null), Now).MustSucceed();
        incident.ReplaceClients([Client("Jo", "Citizen", impact), Client("Sam", "Citizen", impact)], Now).MustSucceed();
        incident.ReplaceOthers([new OtherPerson { Role = OtherPersonRole.SubjectOfAllegation, AllegationRole = SubjectOfAllegationRole.Staff, Name = "Pat Staff", StaffPosition = "Support worker" }], Now).MustSucceed();
        incident.Declare(Now).MustSucceed();
        return incident;
    }

    private static ClientInvolved Client(string given, string surname, ImpactLevel impact) => new()
    {
        GivenName = given,
        Surname = surname,
        IdentifierType = "CRIS",
        Identifier = "100234",
        Sex = "2",
        IndigenousStatus = "4",
        Impact = impact,
        DateOfBirth = new DateOnly(1990, 5, 17),
        Address = new Address("2 High St", "Benalla", "VIC", "3672"),
    };
}
