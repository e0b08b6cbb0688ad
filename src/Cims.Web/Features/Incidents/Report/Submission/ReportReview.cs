using Cims.Domain.Incidents;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.Report.People;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Report.Submission;

public sealed record ReviewRow(string Label, string Value);

public sealed record ReviewSection(ReportStep Step, IReadOnlyList<ReviewRow> Rows);

/// <summary>Every section of the report as label/value rows, what is still missing, and who the report goes to.</summary>
public sealed record ReportReview(IReadOnlyList<ReviewSection> Sections, IReadOnlyList<ReportStep> Missing, string OrganisationName);

public sealed class BuildReview(CimsDbContext db, ReportChoices choices)
{
    public static IReadOnlyList<ReportStep> Missing(Incident i) =>
    [
        .. i.Service is null ? [ReportSteps.Service] : Array.Empty<ReportStep>(),
        .. i.Officer is null ? [ReportSteps.Officer] : Array.Empty<ReportStep>(),
        .. i.Dates is null ? [ReportSteps.Dates] : Array.Empty<ReportStep>(),
        .. i.Details is null ? [ReportSteps.Description] : Array.Empty<ReportStep>(),
        .. i.Clients.Count == 0 ? [ReportSteps.Clients] : Array.Empty<ReportStep>(),
        .. i.Actions is null ? [ReportSteps.Actions] : Array.Empty<ReportStep>(),
    ];

    public async Task<ReportReview> RunAsync(Incident i, CancellationToken ct)
    {
        var names = await NamesAsync(i, ct);
        var accuracy = await choices.LabelsAsync(OptionLists.DateAccuracy, ct);
        var actions = await choices.LabelsAsync(OptionLists.ImmediateAction, ct);
        string Label(Dictionary<string, string> list, string? code) => code is not null && list.TryGetValue(code, out var l) ? l : code ?? "";
        var sections = new List<ReviewSection>
        {
            new(ReportSteps.Service, i.Service is not { } s ? [] :
                [new("Area", names.Area ?? ""), new("Program", names.Program ?? ""), new("Service type", names.ServiceType ?? ""), new("Address", s.ServiceAddress.ToString())]),
            new(ReportSteps.Officer, i.Officer is not { } o ? [] :
                [new("Name", $"{o.GivenName} {o.Surname}"), new("Job title", o.JobTitle), new("Telephone", o.Telephone), new("E-mail", o.Email), new("Line manager", o.LineManagerName)]),
            new(ReportSteps.Dates, i.Dates is not { } d ? [] :
            [
                new("Date of incident", $"{d.OccurredOn.Display()} ({Label(accuracy, d.DateAccuracy)})"),
                new("Time of incident", $"{DateFields.Time(d.OccurredAtTime)} ({Label(accuracy, d.TimeAccuracy)})"),
                new("Service became aware", d.AwareAt.Display()),
            ]),
            new(ReportSteps.Description, i.Details is not { } t ? [] :
            [
                new("Location", t.Location), new("Description", t.Description), new("Impact", t.Impact.Display()),
                new("Primary incident type", names.Primary ?? ""), new("Secondary incident type", names.Secondary ?? "None"),
            ]),
            new(ReportSteps.Clients, [.. i.Clients.OrderBy(c => c.Position).Select(c => new ReviewRow($"Client {c.Position}", $"{c.FullName}, born {c.DateOfBirth?.Display()}, {c.Impact.Display().ToLowerInvariant()}"))]),
            new(ReportSteps.Others, [.. i.Others.OrderBy(p => p.Position).Select(p => new ReviewRow(OtherStep.RoleText(p.Role), p.AllegationRole is { } r ? $"{p.Name} ({OtherStep.AllegationRoleText(r)})" : p.Name))]),
            new(ReportSteps.Actions, i.Actions is not { } a ? [] :
            [
                new("Actions taken", a.Taken.Count == 0 ? "None" : string.Join("; ", a.Taken.Select(x => Label(actions, x)))),
                new("Police notified", a.PoliceNotifiedAt is { } p ? $"{p.Display()}, reference {a.PoliceReference}" : "No"),
                new("Other details", a.OtherDetails ?? "None"),
            ]),
        };
        return new ReportReview(sections, Missing(i), await choices.OrganisationNameAsync(i.OrganisationId, ct));
    }

    private async Task<ReviewNames> NamesAsync(Incident i, CancellationToken ct)
    {
        var s = i.Service;
        var area = s is null ? null : await db.Areas.Where(a => a.Id == s.AreaId).Select(a => Area.Label(a.Division!.Name, a.Name)).SingleAsync(ct);
        var program = s is null ? null : await db.Programs.Where(p => p.Id == s.ProgramId).Select(p => p.Name).SingleAsync(ct);
        var serviceType = s is null ? null : await db.ServiceTypes.Where(t => t.Id == s.ServiceTypeId).Select(t => t.Name).SingleAsync(ct);
        var ids = new[] { i.Details?.PrimaryTypeId ?? 0, i.Details?.SecondaryTypeId ?? 0 };
        var types = await db.IncidentTypes.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return new ReviewNames(area, program, serviceType, types.GetValueOrDefault(ids[0]), types.GetValueOrDefault(ids[1]));
    }

    private sealed record ReviewNames(string? Area, string? Program, string? ServiceType, string? Primary, string? Secondary);
}
