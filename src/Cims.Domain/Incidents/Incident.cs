using Cims.Domain.Common;

namespace Cims.Domain.Incidents;

/// <summary>
/// A client incident report, from the first saved step (a draft) to the department's decision on
/// follow-up. The report text can change only before submission to the department; after that,
/// corrections are addendums. Every status move goes through <see cref="Move"/>.
/// </summary>
public sealed partial class Incident
{
    private readonly List<ClientInvolved> _clients = [];
    private readonly List<OtherPerson> _others = [];
    private readonly List<StatusChange> _history = [];
    private readonly List<Addendum> _addendums = [];

    private Incident()
    {
    }

    public int Id { get; private set; }

    /// <summary>The department's incident report number (IRD), given on submission to the department.</summary>
    public string? Number { get; private set; }

    public int OrganisationId { get; private set; }

    /// <summary>
    /// A synthetic incident of the API sandbox (<c>OrganisationKind.Sandbox</c>): numbered "SBX-", never part of the
    /// department's work or figures. Set when it starts and never changed.
    /// </summary>
    public bool IsSandbox { get; private set; }

    public string ReporterUserId { get; private set; } = "";

    public IncidentStatus Status { get; private set; } = IncidentStatus.Draft;

    public PolicyProfile Profile { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Concurrency token: renewed on every change.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>The last form step the reporter saved, to return them to it.</summary>
    public string? LastStep { get; private set; }

    public bool? DuringServiceDelivery { get; private set; }

    public ServiceDetails? Service { get; private set; }

    public ReportingOfficer? Officer { get; private set; }

    public IncidentDates? Dates { get; private set; }

    public IncidentDescription? Details { get; private set; }

    public ImmediateActions? Actions { get; private set; }

    public DateTimeOffset? DeclaredAt { get; private set; }

    public IReadOnlyList<ClientInvolved> Clients => _clients;

    public IReadOnlyList<OtherPerson> Others => _others;

    public IReadOnlyList<StatusChange> History => _history;

    public IReadOnlyList<Addendum> Addendums => _addendums;

    public static Incident Start(int organisationId, string reporterUserId, DateOnly today, DateTimeOffset now) => new()
    {
        OrganisationId = organisationId,
        ReporterUserId = reporterUserId,
        Profile = PolicyProfiles.InForceOn(today),
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>An incident of the API sandbox organisation, started as <see cref="Start"/> starts a real one.</summary>
    public static Incident StartInSandbox(int organisationId, string reporterUserId, DateOnly today, DateTimeOffset now)
    {
        var incident = Start(organisationId, reporterUserId, today, now);
        incident.IsSandbox = true;
        return incident;
    }

    public bool IsEditable => IncidentWorkflow.IsEditable(Status);

    public ImpactLevel? Impact => Details?.Impact;

    public Result SetScope(bool duringServiceDelivery, DateTimeOffset now) =>
        Edit(now, () => DuringServiceDelivery = duringServiceDelivery);

    public Result SetService(ServiceDetails service, DateTimeOffset now) => Edit(now, () => Service = service);

    public Result SetOfficer(ReportingOfficer officer, DateTimeOffset now) => Edit(now, () => Officer = officer);

    public Result SetDates(IncidentDates dates, DateTimeOffset now) => Edit(now, () => Dates = dates);

    public Result SetDetails(IncidentDescription details, DateTimeOffset now) => Edit(now, () => Details = details);

    public Result SetActions(ImmediateActions actions, DateTimeOffset now) => Edit(now, () => Actions = actions);

    public Result Declare(DateTimeOffset now) => Edit(now, () => DeclaredAt = now);

    public Result ReplaceClients(IEnumerable<ClientInvolved> clients, DateTimeOffset now)
    {
        var list = clients.ToList();
        if (list.Count > ClientInvolved.MaxPerIncident)
            return IncidentErrors.TooManyClients;
        return Edit(now, () =>
        {
            _clients.Clear();
            _clients.AddRange(list.Select((c, i) => { c.Position = i + 1; return c; }));
        });
    }

    public Result ReplaceOthers(IEnumerable<OtherPerson> others, DateTimeOffset now) => Edit(now, () =>
    {
        _others.Clear();
        _others.AddRange(others.Select((o, i) => { o.Position = i + 1; return o; }));
    });

    public void RememberStep(string step) => LastStep = step;

    /// <summary>Every section a submitted report needs is filled in.</summary>
    public bool IsComplete =>
        DuringServiceDelivery == true && Service is not null && Officer is not null && Dates is not null
        && Details is not null && Actions is not null && _clients.Count > 0 && DeclaredAt is not null;

    private Result Edit(DateTimeOffset now, Action change)
    {
        if (!IsEditable)
            return IncidentErrors.AlreadySubmitted;
        change();
        Touch(now);
        return Result.Ok();
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}
