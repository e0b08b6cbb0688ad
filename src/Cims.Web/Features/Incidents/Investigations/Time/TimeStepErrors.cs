using Cims.Domain.Common;

namespace Cims.Web.Features.Incidents.Investigations.Time;

/// <summary>Why a user cannot take a step on the investigation's clock they can see.</summary>
public static class TimeStepErrors
{
    public static readonly Error CannotRequestExtension = new(
        "investigation.cannot_request_extension",
        "Only the person responsible for the investigation or an authorised delegate of its organisation can request an extension, one at a time, while it is open.");

    public static readonly Error CannotDecideExtension = new(
        "investigation.cannot_decide_extension", "There is no extension request waiting, or only department staff can decide it.");

    public static readonly Error CannotHold = new(
        "investigation.cannot_hold", "Only department staff can pause or resume the investigation's clock for police, while it is open.");
}
