using Cims.Domain.Incidents;
using Cims.Web.Features.Shared.Steps;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Cims.Web.Features.Incidents.Report.People;

/// <summary>The clients or others list page: only the version and the button pressed are posted.</summary>
public sealed record PeopleListForm : StepForm
{
    [BindNever, ValidateNever]
    public IReadOnlyList<ClientInvolved> Clients { get; init; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<OtherPerson> Others { get; init; } = [];

    public static PeopleListForm For(Incident incident, Guid? version = null) => new()
    {
        Version = version ?? incident.Version,
        Clients = [.. incident.Clients.OrderBy(c => c.Position)],
        Others = [.. incident.Others.OrderBy(o => o.Position)],
    };
}

/// <summary>The remove confirmation page: who is removed, and the version.</summary>
public sealed record RemoveForm : StepForm
{
    [BindNever, ValidateNever]
    public string What { get; init; } = "";

    [BindNever, ValidateNever]
    public string BackTo { get; init; } = "";
}
