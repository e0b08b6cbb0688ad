using System.Text.Json.Serialization;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Reference;
using Cims.Web.Features.Shared;
using Cims.Web.Features.Shared.Steps;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Cims.Web.Features.Incidents.Report.People;

public sealed record ClientForm : StepForm
{
    public const string NotApplicable = "NA";

    public string? IdentifierType { get; init; }

    public string? Identifier { get; init; }

    public string? Surname { get; init; }

    public string? GivenName { get; init; }

    public string? BirthDay { get; init; }

    public string? BirthMonth { get; init; }

    public string? BirthYear { get; init; }

    public string? Sex { get; init; }

    public string? IndigenousStatus { get; init; }

    public string? Street { get; init; }

    public string? Suburb { get; init; }

    public string? State { get; init; } = "VIC";

    public string? Postcode { get; init; }

    public ImpactLevel? Impact { get; init; }

    public string? Allegations { get; init; }

    [BindNever, ValidateNever, JsonIgnore]
    public ClientChoices Choices { get; init; } = ClientChoices.None;

    public DateOnly? DateOfBirth => DateFields.Parse(BirthDay, BirthMonth, BirthYear);
}

public sealed record ClientChoices(IReadOnlyList<Choice> IdentifierTypes, IReadOnlyList<Choice> Sexes, IReadOnlyList<Choice> IndigenousStatuses)
{
    public static readonly ClientChoices None = new([], [], []);
}

public sealed class ClientFormValidator : AbstractValidator<ClientForm>
{
    public ClientFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.IdentifierType).NotEmpty().WithMessage("Choose the client's identifier type.");
        RuleFor(f => f.Identifier).NotEmpty().When(f => f.IdentifierType is { Length: > 0 } and not ClientForm.NotApplicable)
            .WithMessage("Enter the client's identifier, or choose Not Applicable as the identifier type.")
            .MaximumLength(40).WithMessage("Enter an identifier of 40 characters or fewer.");
        RuleFor(f => f.Surname).NotEmpty().WithMessage("Enter the client's surname.").MaximumLength(100).WithMessage("Enter a surname of 100 characters or fewer.");
        RuleFor(f => f.GivenName).NotEmpty().WithMessage("Enter the client's given name.").MaximumLength(100).WithMessage("Enter a given name of 100 characters or fewer.");
        RuleFor(f => f.BirthDay).Must((f, _) => f.DateOfBirth is not null)
            .WithMessage("Enter the client's date of birth as a real date: day, month and year.")
            .Must((f, _) => f.DateOfBirth is not { } d || d <= Infrastructure.Time.MelbourneTime.Today(clock))
            .WithMessage("The date of birth cannot be in the future.");
        RuleFor(f => f.Sex).NotEmpty().WithMessage("Choose the client's sex.");
        RuleFor(f => f.IndigenousStatus).NotEmpty().WithMessage("Choose the client's Indigenous status.");
        RuleFor(f => f.Impact).NotNull().WithMessage("Choose the impact on this client.");
        RuleFor(f => f.Street).MaximumLength(200).WithMessage("Enter a street address of 200 characters or fewer.");
        RuleFor(f => f.Suburb).MaximumLength(100).WithMessage("Enter a suburb or town of 100 characters or fewer.");
        RuleFor(f => f.Postcode).Matches(AustralianStates.PostcodePattern).When(f => !string.IsNullOrWhiteSpace(f.Postcode))
            .WithMessage(AustralianStates.PostcodeMessage);
        RuleFor(f => f.Allegations).MaximumLength(2000).WithMessage("Enter allegations or injuries of 2000 characters or fewer.");
    }
}

/// <summary>Adds, changes and removes the clients involved (1 to 10). A client is found by their position in the list.</summary>
public sealed class ClientStep(ReportChoices choices, TimeProvider clock)
{
    public static ClientForm Form(ClientInvolved c) => new()
    {
        IdentifierType = c.IdentifierType,
        Identifier = c.Identifier,
        Surname = c.Surname,
        GivenName = c.GivenName,
        BirthDay = c.DateOfBirth?.Day.ToString(DateFields.Culture),
        BirthMonth = c.DateOfBirth?.Month.ToString(DateFields.Culture),
        BirthYear = c.DateOfBirth?.Year.ToString(DateFields.Culture),
        Sex = c.Sex,
        IndigenousStatus = c.IndigenousStatus,
        Street = c.Address?.Street,
        Suburb = c.Address?.Suburb,
        State = c.Address?.State ?? "VIC",
        Postcode = c.Address?.Postcode,
        Impact = c.Impact,
        Allegations = c.Allegations,
    };

    public async Task<ClientForm> WithChoicesAsync(ClientForm form, CancellationToken ct) => form with
    {
        Choices = new ClientChoices(
            await choices.OptionsAsync(OptionLists.ClientIdentifierType, ct), await choices.OptionsAsync(OptionLists.Sex, ct),
            await choices.OptionsAsync(OptionLists.IndigenousStatus, ct)),
    };

    /// <summary>Saves the form as a new client (position null) or over the client at a position.</summary>
    public async Task<Result> ApplyAsync(Incident incident, int? position, ClientForm form, CancellationToken ct)
    {
        var offered = (await WithChoicesAsync(form, ct)).Choices;
        if (Check(offered.IdentifierTypes, form.IdentifierType, "identifier type", nameof(form.IdentifierType)) is { } e1)
            return e1;
        if ((Check(offered.Sexes, form.Sex, "sex", nameof(form.Sex)) ?? Check(offered.IndigenousStatuses, form.IndigenousStatus, "Indigenous status", nameof(form.IndigenousStatus))) is { } e2)
            return e2;
        var list = incident.Clients.OrderBy(c => c.Position).ToList();
        var client = position is { } p ? list.Single(c => c.Position == p) : new ClientInvolved();
        client.IdentifierType = form.IdentifierType!;
        client.Identifier = form.IdentifierType == ClientForm.NotApplicable ? null : form.Identifier?.Trim();
        client.Surname = form.Surname!.Trim();
        client.GivenName = form.GivenName!.Trim();
        client.DateOfBirth = form.DateOfBirth;
        client.Sex = form.Sex!;
        client.IndigenousStatus = form.IndigenousStatus!;
        client.Address = new Address(Blank(form.Street), Blank(form.Suburb), form.State, Blank(form.Postcode));
        client.Impact = form.Impact!.Value;
        client.Allegations = Blank(form.Allegations);
        if (position is null)
            list.Add(client);
        return incident.ReplaceClients(list, clock.GetUtcNow());
    }

    public Result Remove(Incident incident, int position) =>
        incident.ReplaceClients(incident.Clients.Where(c => c.Position != position).OrderBy(c => c.Position).ToList(), clock.GetUtcNow());

    public static bool Exists(Incident incident, int position) => position >= 1 && position <= incident.Clients.Count;

    private static Error? Check(IReadOnlyList<Choice> offered, string? value, string what, string field) =>
        offered.Any(o => o.Value == value) ? null : new Error("report.option", $"Choose the client's {what} from the list.", field);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
