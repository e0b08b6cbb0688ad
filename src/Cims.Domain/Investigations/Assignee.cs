using Cims.Domain.Common;

namespace Cims.Domain.Investigations;

/// <summary>
/// Who investigates: a user of the organisation with the investigation manager role, or an external investigator
/// recorded by name, organisation and contact, with a user of the organisation accountable for the work.
/// <see cref="ResponsibleUserId"/> is the user who works in CIMS on it: the manager, or for an external investigator
/// the accountable user.
/// </summary>
public sealed record Assignee
{
    public const int NameMaxLength = 200;
    public const int ContactMaxLength = 256;

    private Assignee()
    {
    }

    public string? UserId { get; private init; }

    public string Name { get; private init; } = "";

    public string? Email { get; private init; }

    public string? ExternalOrganisation { get; private init; }

    public string? ExternalContact { get; private init; }

    public string ResponsibleUserId { get; private init; } = "";

    public string ResponsibleName { get; private init; } = "";

    public bool IsExternal => UserId is null;

    public static Assignee Internal(string userId, string name, string? email) => new()
    {
        UserId = userId,
        Name = name,
        Email = email,
        ResponsibleUserId = userId,
        ResponsibleName = name,
    };

    public static Result<Assignee> External(string? name, string? organisation, string? contact, string accountableUserId, string accountableName)
    {
        if (string.IsNullOrWhiteSpace(name))
            return InvestigationErrors.ExternalNameRequired;
        if (string.IsNullOrWhiteSpace(organisation))
            return InvestigationErrors.ExternalOrganisationRequired;
        if (string.IsNullOrWhiteSpace(contact))
            return InvestigationErrors.ExternalContactRequired;
        return Result<Assignee>.Ok(new Assignee
        {
            Name = name.Trim(),
            ExternalOrganisation = organisation.Trim(),
            ExternalContact = contact.Trim(),
            ResponsibleUserId = accountableUserId,
            ResponsibleName = accountableName,
        });
    }

    /// <summary>"Alex Investigator" or "Pat External (Acme Investigations), accountable: Dana Delegate".</summary>
    public string Describe() => IsExternal ? $"{Name} ({ExternalOrganisation}), external; accountable: {ResponsibleName}" : Name;
}
