using Cims.Domain.Common;

namespace Cims.Domain.Onboarding;

public static class OnboardingErrors
{
    public static Error NotWaitingForDecision(OnboardingStatus status) => Error.Conflict(
        "onboarding.not_waiting_for_decision",
        $"This request is not waiting for the department: it is {status.Display().ToLowerInvariant()}.");

    public static Error NotWaitingForAnswer(OnboardingStatus status) => Error.Conflict(
        "onboarding.not_waiting_for_answer",
        $"This request is not waiting for more information: it is {status.Display().ToLowerInvariant()}.");

    public static readonly Error ReasonRequired = new(
        "onboarding.reason_required", "Enter the reason for declining: the requester sees it.", "Reason");

    public static readonly Error QuestionRequired = new(
        "onboarding.question_required", "Enter what you need to know: the requester sees it.", "Question");

    public static readonly Error AnswerRequired = new(
        "onboarding.answer_required", "Enter your answer to the department's question.", "Answer");

    public static readonly Error TextTooLong = new(
        "onboarding.text_too_long", $"Enter {OnboardingRequest.TextMaxLength} characters or fewer.", "Reason");

    public static readonly Error QuestionTooLong = TextTooLong with { Field = "Question" };

    public static readonly Error AnswerTooLong = new(
        "onboarding.answer_too_long", $"Enter {OnboardingRequest.TextMaxLength} characters or fewer.", "Answer");

    public static readonly Error InvalidAbn = new(
        "onboarding.invalid_abn", "Enter a valid ABN: 11 digits, like 51 824 753 556.", "Abn");

    public static readonly Error NotDeclared = new(
        "onboarding.not_declared", "Confirm the declaration to send the request.", "Declaration");

    public static readonly Error NoAreas = new(
        "onboarding.no_areas", "Choose at least one area the organisation is funded for.", "AreaIds");

    public static readonly Error NoServiceTypes = new(
        "onboarding.no_service_types", "Choose at least one program and service type the organisation is funded for.", "ServiceTypeIds");

    public static readonly Error OrganisationRequired = new(
        "onboarding.organisation_required", "An approval needs the organisation made for it.");

    public static readonly Error Concurrency = new(
        "onboarding.concurrency", "Someone else acted on this request after you opened it. Check it as it is now.");

    public static Error NotFound(int id) => Error.NotFound("onboarding.not_found", $"There is no onboarding request {id}.");
}
