using Cims.Domain.Privacy;
using FluentValidation;

namespace Cims.Web.Features.Privacy.Department;

/// <summary>What every action form carries: the version of the report the officer read (concurrency check).</summary>
public abstract record PrivacyActionForm
{
    public Guid? Version { get; init; }
}

public sealed record AssignForm : PrivacyActionForm
{
    public string? AssigneeId { get; init; }
}

public sealed record NoteForm : PrivacyActionForm
{
    public string? Note { get; init; }
}

public sealed record CloseForm : PrivacyActionForm
{
    public string? Outcome { get; init; }

    public string? ClosureReason { get; init; }
}

public sealed record ReopenForm : PrivacyActionForm
{
    public string? ReopenReason { get; init; }
}

public sealed record LinkForm : PrivacyActionForm
{
    public string? IncidentNumber { get; init; }
}

/// <summary>The form that asks the reporting officer to report the incident as a client incident: only the version.</summary>
public sealed record AskForIncidentForm : PrivacyActionForm;

public sealed class AssignFormValidator : AbstractValidator<AssignForm>
{
    public AssignFormValidator() => RuleFor(f => f.AssigneeId).NotEmpty().WithMessage("Choose the privacy officer to assign the report to.");
}

public sealed class NoteFormValidator : AbstractValidator<NoteForm>
{
    public NoteFormValidator() => RuleFor(f => f.Note).Cascade(CascadeMode.Stop)
        .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the note.")
        .MaximumLength(PrivacyActivity.TextMaxLength).WithMessage($"Enter a note of {PrivacyActivity.TextMaxLength} characters or fewer.");
}

public sealed class CloseFormValidator : AbstractValidator<CloseForm>
{
    public CloseFormValidator()
    {
        RuleFor(f => f.Outcome).Must(o => PrivacyOutcomes.All.Any(x => x.Code == o)).WithMessage(PrivacyErrors.UnknownOutcome.Message);
        RuleFor(f => f.ClosureReason).Cascade(CascadeMode.Stop)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Enter the reason for closing the privacy incident.")
            .MaximumLength(Domain.Privacy.PrivacyReport.ReasonMaxLength)
            .WithMessage($"Enter a reason of {Domain.Privacy.PrivacyReport.ReasonMaxLength} characters or fewer.");
    }
}

public sealed class ReopenFormValidator : AbstractValidator<ReopenForm>
{
    public ReopenFormValidator() => RuleFor(f => f.ReopenReason).Cascade(CascadeMode.Stop)
        .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Enter the reason for reopening the privacy incident.")
        .MaximumLength(Domain.Privacy.PrivacyReport.ReasonMaxLength)
        .WithMessage($"Enter a reason of {Domain.Privacy.PrivacyReport.ReasonMaxLength} characters or fewer.");
}

public sealed class LinkFormValidator : AbstractValidator<LinkForm>
{
    public const string Pattern = @"^IRD-\d{4}-\d{6}$";

    public LinkFormValidator() => RuleFor(f => f.IncidentNumber).Cascade(CascadeMode.Stop)
        .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the client incident number, like IRD-2026-000123.")
        .Must(n => System.Text.RegularExpressions.Regex.IsMatch(n!.Trim().ToUpperInvariant(), Pattern))
        .WithMessage("Enter the client incident number in the format IRD-YYYY-NNNNNN, like IRD-2026-000123.");
}
