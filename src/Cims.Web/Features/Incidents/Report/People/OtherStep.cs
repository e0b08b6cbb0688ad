using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Features.Shared.Steps;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Report.People;

public sealed record OtherForm : StepForm
{
    public OtherPersonRole? Role { get; init; }

    public SubjectOfAllegationRole? AllegationRole { get; init; }

    public string? Name { get; init; }

    public string? RelationshipToClient { get; init; }

    public string? StaffPosition { get; init; }
}

public sealed class OtherFormValidator : AbstractValidator<OtherForm>
{
    public OtherFormValidator()
    {
        RuleFor(f => f.Role).NotNull().WithMessage("Choose the person's role in the incident.");
        RuleFor(f => f.AllegationRole).NotNull().When(f => f.Role == OtherPersonRole.SubjectOfAllegation)
            .WithMessage("Choose who the subject of allegation is.");
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the person's name.").MaximumLength(200).WithMessage("Enter a name of 200 characters or fewer.");
        RuleFor(f => f.RelationshipToClient).MaximumLength(100).WithMessage("Enter a relationship of 100 characters or fewer.");
        RuleFor(f => f.StaffPosition).MaximumLength(100).WithMessage("Enter a position of 100 characters or fewer.");
    }
}

/// <summary>Subjects of allegation, witnesses and others involved (none or more), found by position.</summary>
public sealed class OtherStep(TimeProvider clock)
{
    public static string RoleText(OtherPersonRole role) => role switch
    {
        OtherPersonRole.SubjectOfAllegation => "Subject of allegation",
        OtherPersonRole.Witness => "Witness",
        _ => "Other",
    };

    public static string AllegationRoleText(SubjectOfAllegationRole role) => role switch
    {
        SubjectOfAllegationRole.Staff => "Staff (including volunteers)",
        SubjectOfAllegationRole.Carer => "Carer",
        SubjectOfAllegationRole.Client => "Client",
        SubjectOfAllegationRole.Other => "Other",
        _ => "Unknown",
    };

    public static OtherForm Form(OtherPerson o) => new()
    {
        Role = o.Role,
        AllegationRole = o.AllegationRole,
        Name = o.Name,
        RelationshipToClient = o.RelationshipToClient,
        StaffPosition = o.StaffPosition,
    };

    public Result Apply(Incident incident, int? position, OtherForm form)
    {
        var list = incident.Others.OrderBy(o => o.Position).ToList();
        var person = position is { } p ? list.Single(o => o.Position == p) : new OtherPerson();
        person.Role = form.Role!.Value;
        person.AllegationRole = form.Role == OtherPersonRole.SubjectOfAllegation ? form.AllegationRole : null;
        person.Name = form.Name!.Trim();
        person.RelationshipToClient = string.IsNullOrWhiteSpace(form.RelationshipToClient) ? null : form.RelationshipToClient.Trim();
        person.StaffPosition = string.IsNullOrWhiteSpace(form.StaffPosition) ? null : form.StaffPosition.Trim();
        if (position is null)
            list.Add(person);
        return incident.ReplaceOthers(list, clock.GetUtcNow());
    }

    public Result Remove(Incident incident, int position) =>
        incident.ReplaceOthers(incident.Others.Where(o => o.Position != position).OrderBy(o => o.Position).ToList(), clock.GetUtcNow());

    public static bool Exists(Incident incident, int position) => incident.Others.Any(o => o.Position == position);
}
