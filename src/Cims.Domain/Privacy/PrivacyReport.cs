using System.Buffers.Text;
using System.Security.Cryptography;
using Cims.Domain.Common;

namespace Cims.Domain.Privacy;

/// <summary>
/// A privacy incident report made through the public form (no sign-in). While a draft it is reached
/// only through its unguessable <see cref="Token"/>, and kept for <see cref="DraftLifetime"/> after the
/// last save. Once declared and submitted it has a report number and goes to the department's
/// privacy queue (see PrivacyReport.Department.cs).
/// </summary>
public sealed partial class PrivacyReport
{
    public const int TokenLength = 43;

    public static readonly TimeSpan DraftLifetime = TimeSpan.FromDays(7);

    /// <summary>How long the submitting browser can still open the confirmation page and download the PDF receipt.</summary>
    public static readonly TimeSpan ReceiptLifetime = TimeSpan.FromHours(24);

    private readonly List<PrivacyPerson> _people = [];

    private PrivacyReport()
    {
    }

    public int Id { get; private set; }

    /// <summary>32 random bytes, base64url: the only key to a draft (kept in the reporter's cookie).</summary>
    public string Token { get; private set; } = "";

    public PrivacyReportStatus Status { get; private set; } = PrivacyReportStatus.Draft;

    /// <summary>The department's privacy incident report number, given on submission.</summary>
    public string? ReportNumber { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When an untouched draft may be deleted.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Concurrency token: renewed on every change.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public PrivacyService? Service { get; private set; }

    public PrivacyOfficer? Officer { get; private set; }

    public PrivacyDates? Dates { get; private set; }

    public PrivacyDescription? Description { get; private set; }

    public IReadOnlyList<PrivacyPerson> People => _people;

    public PrivacyContainment? Containment { get; private set; }

    /// <summary>When the reporter ticked the declaration and submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>The end of the business day after disclosure: when the report was due at the department.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public static PrivacyReport Start(DateTimeOffset now) => Start(NewToken(), now);

    public static PrivacyReport Start(string token, DateTimeOffset now) => new()
    {
        Token = token,
        CreatedAt = now,
        UpdatedAt = now,
        ExpiresAt = now + DraftLifetime,
    };

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public bool IsExpired(DateTimeOffset now) => Status == PrivacyReportStatus.Draft && now >= ExpiresAt;

    /// <summary>Whether <paramref name="token"/> could be a report's token at all (checked before any look-up).</summary>
    public static bool IsWellFormedToken(string? token) => token?.Length == TokenLength;

    /// <summary>Until when the reporter's token opens the report: the draft's expiry, then the receipt's lifetime.</summary>
    public DateTimeOffset TokenValidUntil => Status == PrivacyReportStatus.Draft ? ExpiresAt : (SubmittedAt ?? CreatedAt) + ReceiptLifetime;

    /// <summary>The browser holding the token may still open the report (a draft not expired, or its receipt).</summary>
    public bool IsOpenToTokenHolder(DateTimeOffset now) => Status == PrivacyReportStatus.Draft ? !IsExpired(now) : CanShowReceipt(now);

    public Result SetService(PrivacyService service, DateTimeOffset now) => Edit(now, () => Service = service);

    public Result SetOfficer(PrivacyOfficer officer, DateTimeOffset now) => Edit(now, () => Officer = officer);

    public Result SetDates(PrivacyDates dates, DateTimeOffset now) =>
        dates.DisclosedAt > now ? PrivacyErrors.DisclosedInFuture : Edit(now, () => Dates = dates);

    public Result SetDescription(PrivacyDescription description, DateTimeOffset now) => Edit(now, () => Description = description);

    public Result SetContainment(PrivacyContainment containment, DateTimeOffset now) => Edit(now, () => Containment = containment);

    /// <summary>Adds a person impacted (at most <see cref="PrivacyPerson.MaxPerReport"/>).</summary>
    public Result AddPerson(PrivacyPerson person, DateTimeOffset now) =>
        _people.Count >= PrivacyPerson.MaxPerReport ? PrivacyErrors.TooManyPeople : Edit(now, () =>
        {
            person.Position = _people.Count + 1;
            _people.Add(person);
        });

    /// <summary>Replaces the values of a saved person (their id and position stay).</summary>
    public Result UpdatePerson(int personId, PrivacyPerson values, DateTimeOffset now) =>
        _people.Find(p => p.Id == personId) is not { } person ? PrivacyErrors.PersonNotFound : Edit(now, () => person.CopyFrom(values));

    public Result RemovePerson(int personId, DateTimeOffset now) =>
        _people.Find(p => p.Id == personId) is not { } person ? PrivacyErrors.PersonNotFound : Edit(now, () =>
        {
            _people.Remove(person);
            for (var i = 0; i < _people.Count; i++)
                _people[i].Position = i + 1;
        });

    /// <summary>The stage's mandatory fields are saved (Person(s) impacted: at least one person).</summary>
    public bool IsComplete(PrivacyStage stage) => stage switch
    {
        PrivacyStage.Service => Service is not null,
        PrivacyStage.Officer => Officer is not null,
        PrivacyStage.Dates => Dates is not null,
        PrivacyStage.Description => Description is not null,
        PrivacyStage.People => _people.Count > 0,
        PrivacyStage.Containment => Containment is not null,
        _ => false,
    };

    /// <summary>Every stage is complete: the declaration page can be opened.</summary>
    public bool IsReadyToDeclare => Enum.GetValues<PrivacyStage>().All(IsComplete);

    /// <summary>
    /// Declares and submits the draft with its report number and the due time of the one-business-day rule.
    /// "Privacy breach occurred? Yes" (or unsure) waits in the department's queue for assessment; "No" is closed
    /// at once with the reporter's answer as the reason.
    /// </summary>
    public Result Submit(string reportNumber, DateTimeOffset dueAt, DateTimeOffset now)
    {
        if (Status != PrivacyReportStatus.Draft)
            return PrivacyErrors.NotADraft;
        if (IsExpired(now))
            return PrivacyErrors.Expired;
        if (!IsReadyToDeclare)
            return PrivacyErrors.Incomplete;
        ReportNumber = reportNumber;
        SubmittedAt = now;
        DueAt = dueAt;
        Status = PrivacyReportStatus.Submitted;
        Record(PrivacyActivityKind.Submitted, $"Submitted by {Officer!.GivenName} {Officer.Surname} through the public form.", null, now);
        if (!Containment!.BreachOccurred)
        {
            Status = PrivacyReportStatus.Closed;
            ClosedAt = now;
            Outcome = PrivacyOutcomes.NoBreach;
            ClosureReason = NoBreachReason;
            Record(PrivacyActivityKind.Closed, NoBreachReason, null, now);
        }

        Touch(now);
        return Result.Ok();
    }

    /// <summary>The submitting browser (holding the token) may see the confirmation and receipt for a day after submission.</summary>
    public bool CanShowReceipt(DateTimeOffset now) => SubmittedAt is { } at && now < at + ReceiptLifetime;

    /// <summary>Whether the report reached the department by <see cref="DueAt"/>.</summary>
    public bool? SubmittedOnTime => SubmittedAt is { } at && DueAt is { } due ? at <= due : null;

    /// <summary>A stage can be opened once every earlier stage is complete.</summary>
    public bool CanOpen(PrivacyStage stage) => Enum.GetValues<PrivacyStage>().Where(s => s < stage).All(IsComplete);

    /// <summary>The first stage not yet complete: where the reporter carries on.</summary>
    public PrivacyStage NextStage => Enum.GetValues<PrivacyStage>().FirstOrDefault(s => !IsComplete(s), PrivacyStage.Containment);

    /// <summary>Records a save: renews the version and keeps the draft for another <see cref="DraftLifetime"/>.</summary>
    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        ExpiresAt = now + DraftLifetime;
        Version = Guid.NewGuid();
    }

    private Result Edit(DateTimeOffset now, Action change)
    {
        if (Status != PrivacyReportStatus.Draft)
            return PrivacyErrors.NotADraft;
        if (IsExpired(now))
            return PrivacyErrors.Expired;
        change();
        Touch(now);
        return Result.Ok();
    }
}
