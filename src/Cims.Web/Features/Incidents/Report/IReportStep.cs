using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;

namespace Cims.Web.Features.Incidents.Report;

/// <summary>
/// One page of the report: fills its form from the saved report, adds the choices the page offers,
/// and applies a valid form to the report (rules that need the database live here). The controller saves.
/// </summary>
public interface IReportStep<TForm>
    where TForm : StepForm
{
    ReportStep Step { get; }

    Task<TForm> FormAsync(Incident incident, ClaimsPrincipal user, CancellationToken ct);

    Task<TForm> WithChoicesAsync(Incident incident, TForm form, CancellationToken ct);

    Task<Result> ApplyAsync(Incident incident, TForm form, CancellationToken ct);
}

/// <summary>Australian states and territories for the address fields.</summary>
public static class AustralianStates
{
    public static readonly IReadOnlyList<string> All = ["VIC", "NSW", "ACT", "QLD", "SA", "WA", "TAS", "NT"];

    public const string PostcodePattern = @"^\d{4}$";

    public const string PostcodeMessage = "Enter a postcode of 4 digits, like 3630.";
}

/// <summary>The values of the shared address fields partial.</summary>
public sealed record AddressFields(string? Street, string? Suburb, string? State, string? Postcode, bool Required);

/// <summary>A date typed as day, month and year: inputs {Prefix}Day, {Prefix}Month and {Prefix}Year; errors on {Prefix}Day.</summary>
public sealed record DateInput(string Prefix, string Legend, string? Day, string? Month, string? Year, bool Required = true);
