using Cims.Domain.Identity;

namespace Cims.Web.Data.Seeding;

/// <summary>The demo organisations and accounts of training mode (listed in the README).</summary>
public static class DemoAccounts
{
    public const string DefaultPassword = "Cims-Demo-2026!";
    public const string Department = "Department of Health and Human Services";
    public const string AgencyOne = "Agency One Community Services";
    public const string AgencyTwo = "Agency Two Youth and Family Services";

    /// <summary>Agency One's demo API client (every scope); its secret is the demo password.</summary>
    public const string ApiClientId = "agency-one-demo";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("reporter@agency-one.example", "Riley Reporter", AgencyOne, [Roles.Reporter]),
        new("delegate@agency-one.example", "Dana Delegate", AgencyOne, [Roles.AuthorisedDelegate]),
        new("investigator@agency-one.example", "Ian Investigator", AgencyOne, [Roles.InvestigationManager, Roles.ReviewManager]),
        new("orgadmin@agency-one.example", "Olivia Orgadmin", AgencyOne, [Roles.OrganisationAdmin]),
        new("reporter@agency-two.example", "Rowan Reporter", AgencyTwo, [Roles.Reporter]),
        new("delegate@agency-two.example", "Drew Delegate", AgencyTwo, [Roles.AuthorisedDelegate]),
        new("analyst@department.example", "Alex Analyst", Department, [Roles.DepartmentAnalyst]),
        new("staff@department.example", "Sam Staff", Department, [Roles.DepartmentStaff]),
        new("admin@department.example", "Ada Administrator", Department, [Roles.CimsAdministrator]),
        new("security@department.example", "Sasha Security", Department, [Roles.SecurityOfficer]),
    ];
}

public sealed record DemoAccount(string Email, string DisplayName, string Organisation, string[] Roles);
