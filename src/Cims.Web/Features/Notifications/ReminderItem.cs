namespace Cims.Web.Features.Notifications;

/// <summary>Who a reminder goes to: the person responsible for an item, or a group it escalates to.</summary>
public enum Audience
{
    /// <summary>The investigation's manager (for an external investigator, the accountable user).</summary>
    Manager,

    /// <summary>The authorised delegates of the item's organisation.</summary>
    Delegates,

    /// <summary>Department staff.</summary>
    Department,
}

/// <summary>
/// One thing with a due date that waits for someone, as its reminder source projects it. <see cref="ItemKind"/> and
/// <see cref="ItemId"/> name it in the outbox key; <see cref="What"/> says it in a sentence ("the investigation plan
/// for incident 2026-00012").
/// </summary>
public sealed record ReminderItem(
    string ItemKind, int ItemId, string What, string Href, DateOnly DueOn, int OrganisationId, string? ManagerId,
    Audience Responsible, bool Escalates);
