namespace Cims.Web.Features.Shared;

/// <summary>Australian states and territories for the address fields.</summary>
public static class AustralianStates
{
    public static readonly IReadOnlyList<string> All = ["VIC", "NSW", "ACT", "QLD", "SA", "WA", "TAS", "NT"];

    public const string PostcodePattern = @"^\d{4}$";

    public const string PostcodeMessage = "Enter a postcode of 4 digits, like 3630.";
}
