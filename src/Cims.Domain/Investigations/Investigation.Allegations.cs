using Cims.Domain.Common;
using Cims.Domain.Incidents;

namespace Cims.Domain.Investigations;

public sealed partial class Investigation
{
    private readonly List<Allegation> _allegations = [];

    public IReadOnlyList<Allegation> Allegations => _allegations;

    /// <summary>The investigation is under way: the manager records allegations, evidence, findings and recommendations.</summary>
    public bool CanWork => Status == InvestigationStatus.InProgress;

    /// <summary>
    /// The allegations the report suggests: each client with each subject of allegation, of the incident's primary type
    /// ("Unknown" when the report names no subject). The manager edits them.
    /// </summary>
    public static IReadOnlyList<AllegationText> ProposedBy(Incident incident, string incidentType)
    {
        var subjects = incident.Others.Where(o => o.Role == OtherPersonRole.SubjectOfAllegation).OrderBy(o => o.Position).Select(o => o.Name).ToList();
        if (subjects.Count == 0)
            subjects.Add("Unknown");
        return [.. from client in incident.Clients.OrderBy(c => c.Position)
                   from subject in subjects
                   select new AllegationText(client.FullName, subject, incidentType)];
    }

    /// <summary>Adds the proposed allegations, once: only while there are none.</summary>
    public void Propose(IEnumerable<AllegationText> proposals)
    {
        if (_allegations.Count > 0)
            return;
        _allegations.AddRange(proposals.Select((p, i) => Allegation.Create(p, i + 1)));
    }

    public Result AddAllegation(AllegationText text, DateTimeOffset now) => Work(now, () =>
    {
        _allegations.Add(Allegation.Create(text, NextNumber(_allegations.Select(a => a.Number))));
        return Result.Ok();
    });

    public Result ChangeAllegation(int number, AllegationText text, DateTimeOffset now) =>
        WithAllegation(number, now, a => a.Change(text));

    /// <summary>Removes an allegation that has no finding yet.</summary>
    public Result RemoveAllegation(int number, DateTimeOffset now) => Work(now, () =>
    {
        var allegation = _allegations.SingleOrDefault(a => a.Number == number);
        if (allegation is null)
            return InvestigationErrors.AllegationNotFound;
        if (allegation.Finding is not null)
            return InvestigationErrors.AllegationHasFinding;
        _allegations.Remove(allegation);
        return Result.Ok();
    });

    /// <summary>The finding on one allegation, on the balance of probabilities, with its reasons (required).</summary>
    public Result RecordFinding(int number, AllegationFinding finding, string? reasons, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reasons))
            return InvestigationErrors.FindingReasonsRequired;
        return WithAllegation(number, now, a => a.Decide(finding, reasons));
    }

    private Result WithAllegation(int number, DateTimeOffset now, Action<Allegation> change) => Work(now, () =>
    {
        var allegation = _allegations.SingleOrDefault(a => a.Number == number);
        if (allegation is null)
            return InvestigationErrors.AllegationNotFound;
        change(allegation);
        return Result.Ok();
    });

    private static int NextNumber(IEnumerable<int> numbers) => numbers.DefaultIfEmpty(0).Max() + 1;

    /// <summary>Applies a change to the investigation's content while it is in progress.</summary>
    private Result Work(DateTimeOffset now, Func<Result> change)
    {
        if (!CanWork)
            return InvestigationErrors.NotInProgress(Status);
        var result = change();
        if (!result.Failed)
            Touch(now);
        return result;
    }
}
