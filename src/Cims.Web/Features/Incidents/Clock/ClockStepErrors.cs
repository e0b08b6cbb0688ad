using Cims.Domain.Common;

namespace Cims.Web.Features.Incidents.Clock;

/// <summary>Why a user cannot take a step on a clock they can see, worded for the work ("investigation", "review").</summary>
public static class ClockStepErrors
{
    public static Error CannotRequestExtension(ClockKind kind) => new(
        $"{kind.AuditPrefix}.cannot_request_extension",
        $"Only the person responsible for the {kind.KindNoun} or an authorised delegate of its organisation can request an extension, one at a time, while it is open.");

    public static Error CannotDecideExtension(ClockKind kind) => new(
        $"{kind.AuditPrefix}.cannot_decide_extension", "There is no extension request waiting, or only department staff can decide it.");

    public static Error CannotHold(ClockKind kind) => new(
        $"{kind.AuditPrefix}.cannot_hold", $"Only department staff can pause or resume the {kind.KindNoun}'s clock for police, while it is open.");
}
