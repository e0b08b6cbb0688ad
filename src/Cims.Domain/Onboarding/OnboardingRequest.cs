using System.Globalization;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Organisations;

namespace Cims.Domain.Onboarding;

/// <summary>
/// A funded organisation's request to join the client incident register (issue 18): its legal name and ABN, the areas and
/// service types it is funded for, a contact, its first administrator and a declaration. The CIMS administrator asks for
/// more information (the requester answers and it waits again), approves (the organisation is made) or declines with a
/// reason. Each move is a guarded method that records who, when, from, to and why, and renews the concurrency token.
/// </summary>
public sealed class OnboardingRequest
{
    public const int NameMaxLength = Organisation.NameMaxLength;
    public const int PersonNameMaxLength = 200;
    public const int EmailMaxLength = 256;
    public const int PhoneMaxLength = 30;
    public const int TextMaxLength = 2000;
    public const int IdsMaxLength = 1000;

    private readonly List<OnboardingMove> _history = [];

    private OnboardingRequest()
    {
    }

    public int Id { get; private set; }

    public string LegalName { get; private set; } = "";

    /// <summary>The ABN as 11 digits, without spaces.</summary>
    public string Abn { get; private set; } = "";

    /// <summary>The area ids, comma separated (<see cref="AreaIdList"/>).</summary>
    public string AreaIds { get; private set; } = "";

    public string ServiceTypeIds { get; private set; } = "";

    public string ContactName { get; private set; } = "";

    public string ContactEmail { get; private set; } = "";

    public string? ContactPhone { get; private set; }

    public string AdministratorName { get; private set; } = "";

    public string AdministratorEmail { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>SHA-256 of the secret in the requester's status link: the reference alone opens nothing.</summary>
    public string StatusKeyHash { get; private set; } = "";

    public OnboardingStatus Status { get; private set; } = OnboardingStatus.Requested;

    /// <summary>The department's open question while <see cref="OnboardingStatus.InformationRequested"/>.</summary>
    public string? Question { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Why it was declined.</summary>
    public string? Reason { get; private set; }

    /// <summary>The organisation made when it was approved.</summary>
    public int? OrganisationId { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<OnboardingMove> History => _history;

    /// <summary>ONB-year-number, as the requester quotes it.</summary>
    public string Reference => FormatReference(RequestedAt.Year, Id);

    public IReadOnlyList<int> AreaIdList => SplitIds(AreaIds);

    public IReadOnlyList<int> ServiceTypeIdList => SplitIds(ServiceTypeIds);

    /// <summary>Waiting for the department or for the requester (counts as pending for the duplicate-ABN check).</summary>
    public bool IsOpen => Status is OnboardingStatus.Requested or OnboardingStatus.InformationRequested;

    public static string FormatReference(int year, int id) => string.Create(CultureInfo.InvariantCulture, $"ONB-{year}-{id:D6}");

    /// <summary>The id in a reference such as ONB-2026-000123, or null when it is not one.</summary>
    public static int? IdOf(string? reference)
    {
        var parts = reference?.Trim().Split('-');
        return parts is ["ONB", { Length: 4 }, var number] && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id : null;
    }

    public static Result<OnboardingRequest> Submit(OnboardingDetails details, string statusKeyHash, DateTimeOffset now)
    {
        if (!AbnChecksum.IsValid(details.Abn))
            return OnboardingErrors.InvalidAbn;
        if (!details.Declared)
            return OnboardingErrors.NotDeclared;
        var areas = details.AreaIds.Distinct().Order().ToList();
        var types = details.ServiceTypeIds.Distinct().Order().ToList();
        if (areas.Count == 0)
            return OnboardingErrors.NoAreas;
        if (types.Count == 0)
            return OnboardingErrors.NoServiceTypes;
        return Result<OnboardingRequest>.Ok(new OnboardingRequest
        {
            LegalName = details.LegalName.Trim(),
            Abn = Organisation.NormaliseAbn(details.Abn)!,
            AreaIds = string.Join(',', areas),
            ServiceTypeIds = string.Join(',', types),
            ContactName = details.Contact.Name.Trim(),
            ContactEmail = details.Contact.Email.Trim(),
            ContactPhone = string.IsNullOrWhiteSpace(details.ContactPhone) ? null : details.ContactPhone.Trim(),
            AdministratorName = details.FirstAdministrator.Name.Trim(),
            AdministratorEmail = details.FirstAdministrator.Email.Trim(),
            RequestedAt = now,
            StatusKeyHash = statusKeyHash,
        });
    }

    /// <summary>The CIMS administrator asks the requester a question; the request waits for the answer.</summary>
    public Result AskForInformation(string? question, Actor by, DateTimeOffset now)
    {
        if (Status != OnboardingStatus.Requested)
            return OnboardingErrors.NotWaitingForDecision(Status);
        if (Text(question, OnboardingErrors.QuestionRequired, OnboardingErrors.QuestionTooLong) is { } error)
            return error;
        Question = question!.Trim();
        Move(OnboardingStatus.InformationRequested, by, now, Question);
        return Result.Ok();
    }

    /// <summary>The requester answers the open question; the request waits for the department again.</summary>
    public Result Answer(string? answer, DateTimeOffset now)
    {
        if (Status != OnboardingStatus.InformationRequested)
            return OnboardingErrors.NotWaitingForAnswer(Status);
        if (Text(answer, OnboardingErrors.AnswerRequired, OnboardingErrors.AnswerTooLong) is { } error)
            return error;
        Question = null;
        Move(OnboardingStatus.Requested, new Actor("", ContactName), now, answer!.Trim());
        return Result.Ok();
    }

    /// <summary>The CIMS administrator approves: <paramref name="organisationId"/> is the organisation made for it, in the same save.</summary>
    public Result Approve(int organisationId, Actor by, DateTimeOffset now)
    {
        if (Status != OnboardingStatus.Requested)
            return OnboardingErrors.NotWaitingForDecision(Status);
        if (organisationId <= 0)
            return OnboardingErrors.OrganisationRequired;
        OrganisationId = organisationId;
        Decide(OnboardingStatus.Approved, by, now, null);
        return Result.Ok();
    }

    /// <summary>The CIMS administrator declines, saying why (the requester sees it). Possible while a question is open.</summary>
    public Result Decline(string? reason, Actor by, DateTimeOffset now)
    {
        if (!IsOpen)
            return OnboardingErrors.NotWaitingForDecision(Status);
        if (Text(reason, OnboardingErrors.ReasonRequired, OnboardingErrors.TextTooLong) is { } error)
            return error;
        Question = null;
        Decide(OnboardingStatus.Declined, by, now, reason!.Trim());
        return Result.Ok();
    }

    private static Error? Text(string? text, Error required, Error tooLong) =>
        string.IsNullOrWhiteSpace(text) ? required : text.Trim().Length > TextMaxLength ? tooLong : null;

    private void Decide(OnboardingStatus to, Actor by, DateTimeOffset now, string? reason)
    {
        DecidedByName = by.Name;
        DecidedAt = now;
        Reason = reason;
        Move(to, by, now, reason);
    }

    private void Move(OnboardingStatus to, Actor by, DateTimeOffset now, string? reason)
    {
        _history.Add(new OnboardingMove(Status, to, by.UserId, by.Name, now, reason));
        Status = to;
        Version = Guid.NewGuid();
    }

    private static List<int> SplitIds(string ids) =>
        [.. ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
}
