using System.Globalization;
using Cims.Domain.Incidents;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents.Report.Submission;

/// <summary>
/// What a revision changes in a report, one "Field: old → new" line per changed field, rendered by
/// <see cref="AuditLog.Changes"/> as the delegate's amendment is: names instead of codes, times in Melbourne, long text
/// quoted and cut, each client and other person as one line by position. Null when nothing changed.
/// </summary>
public static class ReportChanges
{
    private const int QuotedMax = 1000;

    public static async Task<string?> DescribeAsync(CimsDbContext db, Incident before, Incident after, CancellationToken ct)
    {
        var (was, now) = (await IncidentNameLookup.LoadAsync(db, before, ct), await IncidentNameLookup.LoadAsync(db, after, ct));
        var fields = new List<(string Field, object? Before, object? After)>
        {
            ("Area", was.Area, now.Area),
            ("Program", was.Program, now.Program),
            ("Service type", was.ServiceType, now.ServiceType),
            ("Service address", before.Service?.ServiceAddress.ToString(), after.Service?.ServiceAddress.ToString()),
            ("Reporting officer", Officer(before.Officer), Officer(after.Officer)),
            ("Occurred", Occurred(before.Dates, was), Occurred(after.Dates, now)),
            ("Service became aware", before.Dates?.AwareAt.Display(), after.Dates?.AwareAt.Display()),
            ("Location", before.Details?.Location, after.Details?.Location),
            ("Description", Quote(before.Details?.Description), Quote(after.Details?.Description)),
            ("Impact", before.Impact?.Display(), after.Impact?.Display()),
            ("Primary type", was.PrimaryType, now.PrimaryType),
            ("Secondary type", was.SecondaryType, now.SecondaryType),
            ("Immediate actions", Actions(before.Actions, was), Actions(after.Actions, now)),
            ("Police notified", before.Actions?.PoliceNotifiedAt?.Display(), after.Actions?.PoliceNotifiedAt?.Display()),
            ("Police reference", before.Actions?.PoliceReference, after.Actions?.PoliceReference),
            ("Other actions", Quote(before.Actions?.OtherDetails), Quote(after.Actions?.OtherDetails)),
        };
        fields.AddRange(People("Client", before.Clients.Select(c => Client(c, was)).ToList(), after.Clients.Select(c => Client(c, now)).ToList()));
        fields.AddRange(People("Other person", before.Others.Select(Other).ToList(), after.Others.Select(Other).ToList()));
        return AuditLog.Changes([.. fields]);
    }

    private static IEnumerable<(string, object?, object?)> People(string what, List<string> before, List<string> after) =>
        Enumerable.Range(0, Math.Max(before.Count, after.Count))
            .Select(i => (string.Create(CultureInfo.InvariantCulture, $"{what} {i + 1}"), (object?)before.ElementAtOrDefault(i), (object?)after.ElementAtOrDefault(i)));

    private static string? Officer(ReportingOfficer? o) =>
        o is null ? null : $"{o.GivenName} {o.Surname}, {o.JobTitle}, {o.Telephone}, {o.Email}, line manager {o.LineManagerName}";

    private static string? Occurred(IncidentDates? d, IncidentNames names) => d is null ? null
        : $"{d.OccurredOn.Display()} ({names.Option(OptionLists.DateAccuracy, d.DateAccuracy)}) at {d.OccurredAtTime.ToString("HH:mm", CultureInfo.InvariantCulture)} ({names.Option(OptionLists.DateAccuracy, d.TimeAccuracy)})";

    private static string? Actions(ImmediateActions? a, IncidentNames names) =>
        a is null ? null : string.Join(", ", a.Taken.Select(code => names.Option(OptionLists.ImmediateAction, code)));

    private static string Client(ClientInvolved c, IncidentNames names) => string.Join(", ", new[]
    {
        c.FullName,
        $"{names.Option(OptionLists.ClientIdentifierType, c.IdentifierType)} {c.Identifier}".Trim(),
        c.DateOfBirth is { } born ? $"born {born.Display()}" : null,
        names.Option(OptionLists.Sex, c.Sex),
        names.Option(OptionLists.IndigenousStatus, c.IndigenousStatus),
        c.Address?.ToString() is { Length: > 0 } address ? address : null,
        c.Impact.Display(),
        Quote(c.Allegations),
    }.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string Other(OtherPerson o) =>
        string.Join(", ", new[] { o.Name, PeopleText.Role(o), o.RelationshipToClient, o.StaffPosition }.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string? Quote(string? text) =>
        text is null ? null : text.Length <= QuotedMax ? $"\"{text}\"" : $"\"{text[..QuotedMax]}…\"";
}
