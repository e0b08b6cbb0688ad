using Cims.Domain.Common;

namespace Cims.Web.Features.Admin.ReferenceData;

public static class ReferenceDataErrors
{
    public static readonly Error Concurrency = new(
        "reference.concurrency",
        "Someone else changed this value while you were editing. Your changes have not been saved. " +
        "Check the saved values shown below, then save again to replace them.");

    public static readonly Error DuplicateCode =
        new("reference.duplicate_code", "Another value in this list already uses this code. Enter a different code.", "Code");

    public static readonly Error NotFound = Error.NotFound("reference.not_found", "This value no longer exists.");

    public static readonly Error CodeRequired = new("reference.code_required", "Enter a code.", "Code");

    public static Error DuplicateName(ReferenceList list) =>
        new("reference.duplicate_name", $"There is already a value with this name {list.UniqueWithin}. Enter a different name.", "Name");

    public static Error ParentRequired(ReferenceList list) =>
        new("reference.parent_required", $"Choose a {list.ParentLabel?.ToLowerInvariant()}.", "ParentId");
}
