using Cims.Domain.Common;
using Cims.Domain.Incidents;

namespace Cims.Domain.Tests.Incidents;

internal static class IncidentTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    public static readonly Actor Reporter = new("u-reporter", "Riley Reporter");
    public static readonly Actor Endorser = new("u-delegate", "Dana Delegate");

    public static Incident Complete(ImpactLevel impact = ImpactLevel.Major, DateOnly? reportedOn = null)
    {
        var incident = Incident.Start(1, Reporter.UserId, reportedOn ?? new DateOnly(2026, 11, 23), Now);
        incident.SetScope(true, Now).MustSucceed();
        incident.SetService(new ServiceDetails(1, 1, 1, new Address("1 Main St", "Shepparton", "VIC", "3630"), false), Now).MustSucceed();
        incident.SetOfficer(new ReportingOfficer("Reporter", "Riley", "Case worker", "0355501234", "riley@example.org", "Morgan Manager"), Now).MustSucceed();
        incident.SetDates(new IncidentDates(new DateOnly(2026, 11, 22), "EXACT", new TimeOnly(14, 15), "EXACT", Now.AddHours(-2)), Now).MustSucceed();
        incident.SetDetails(new IncidentDescription("Lounge room", "Client was pushed.", impact, 1, null), Now).MustSucceed();
        incident.SetActions(new ImmediateActions(["SAFETY"], null, null, null), Now).MustSucceed();
        incident.ReplaceClients([new ClientInvolved { Surname = "Citizen", GivenName = "Jo", IdentifierType = "CRIS", Identifier = "123", Sex = "2", IndigenousStatus = "4", Impact = impact }], Now).MustSucceed();
        incident.Declare(Now).MustSucceed();
        return incident;
    }

    /// <summary>Takes a step that must succeed, for set-ups written as one chain.</summary>
    public static Incident Then(this Incident incident, Func<Incident, Result> step)
    {
        step(incident).MustSucceed();
        return incident;
    }
}
