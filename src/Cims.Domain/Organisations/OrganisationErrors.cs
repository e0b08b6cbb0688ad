using Cims.Domain.Common;

namespace Cims.Domain.Organisations;

public static class OrganisationErrors
{
    public static readonly Error DepartmentCannotBeDeactivated =
        new("organisation.department", "The department cannot be deactivated.");

    public static readonly Error AlreadyInactive =
        new("organisation.inactive", "This organisation is already inactive.");

    public static readonly Error AlreadyActive =
        new("organisation.active", "This organisation is already active.");

    public static readonly Error DuplicateName =
        new("organisation.duplicate", "An organisation with this name already exists.", "Name");

    public static readonly Error Concurrency =
        new("organisation.concurrency", "Someone else changed this organisation while you were editing. Review their changes and try again.");

    public static Error NotFound(int id) => Error.NotFound("organisation.not_found", $"Organisation {id} does not exist.");
}
