using System.Globalization;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Features.Incidents.Report.People;
using Cims.Web.Features.Incidents.Report.Steps;

namespace Cims.Web.Features.Incidents.Report.Submission;

/// <summary>
/// Applies a valid <see cref="EndorsedReport"/> to a new incident through the web form's own steps, so the rules that
/// need the database (the organisation's areas and service types, the option lists, abuse types) are the form's. The
/// first failure is named by section and field, like the validator's.
/// </summary>
public sealed class EndorsedReportSteps(
    ServiceStep service, OfficerStep officer, DatesStep dates, DescriptionStep description, ActionsStep actions, ClientStep clients, OtherStep others)
{
    public async Task<Result> ApplyAsync(Incident incident, EndorsedReport report, CancellationToken ct)
    {
        var sections = new (string Section, Func<Task<Result>> Apply)[]
        {
            (nameof(report.Service), () => service.ApplyAsync(incident, report.Service!, ct)),
            (nameof(report.Officer), () => officer.ApplyAsync(incident, report.Officer!, ct)),
            (nameof(report.Dates), () => dates.ApplyAsync(incident, report.Dates!, ct)),
            (nameof(report.Description), () => description.ApplyAsync(incident, report.Description!, ct)),
            (nameof(report.Actions), () => actions.ApplyAsync(incident, report.Actions!, ct)),
        };
        foreach (var (section, apply) in sections)
        {
            if ((await apply()).Error is { } error)
                return In(section, error);
        }

        for (var i = 0; i < report.Clients!.Count; i++)
        {
            if ((await clients.ApplyAsync(incident, null, report.Clients[i], ct)).Error is { } error)
                return In(Item(nameof(report.Clients), i), error);
        }

        var people = report.Others ?? [];
        for (var i = 0; i < people.Count; i++)
        {
            if (others.Apply(incident, null, people[i]).Error is { } error)
                return In(Item(nameof(report.Others), i), error);
        }

        return Result.Ok();
    }

    private static string Item(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");

    private static Error In(string section, Error error) => error with { Field = error.Field is { } field ? $"{section}.{field}" : section };
}
