using Cims.Domain.Incidents;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Attachments;

/// <summary>An upload: the file and what it shows. Size and type are checked from its bytes by <see cref="UploadAttachment"/>.</summary>
public sealed record UploadForm
{
    public IFormFile? File { get; init; }

    public string? Description { get; init; }
}

public sealed class UploadFormValidator : AbstractValidator<UploadForm>
{
    public UploadFormValidator()
    {
        RuleFor(f => f.File).NotNull().WithMessage(AttachmentErrors.NoFile.Message);
        RuleFor(f => f.Description).MaximumLength(IncidentAttachment.DescriptionMaxLength)
            .WithMessage("Enter a description of 500 characters or fewer.");
    }
}

/// <summary>Who is changing a report's attachments, which decides the page they do it on.</summary>
public enum AttachmentEditor
{
    None,
    Reporter,
    Delegate,
}

/// <summary>One attachment as listed (never its bytes).</summary>
public sealed record AttachmentRow(
    int Id, string FileName, string ContentType, long SizeBytes, string? Description, string UploadedByName, DateTimeOffset UploadedAt);

/// <summary>The attachments page of a report: the list, the upload form and the editor's page.</summary>
public sealed record AttachmentsPage(
    int IncidentId, AttachmentEditor Editor, string? ReturnReason, Guid Version, IReadOnlyList<AttachmentRow> Attachments, UploadForm Form)
{
    public bool Full => Attachments.Count >= AttachmentErrors.MaxFiles;
}
