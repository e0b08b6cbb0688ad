using Cims.Domain.Common;

namespace Cims.Web.Features.Incidents.Endorsement;

public static class EndorsementErrors
{
    public static readonly Error NotAwaiting = new(
        "endorsement.not_awaiting", "This report is not awaiting endorsement any more: nothing was changed. Its current status is shown below.");

    public static readonly Error NoChanges = new("endorsement.no_changes", "You have not changed anything: nothing was amended.");
}
