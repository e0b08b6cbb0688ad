namespace Cims.Domain.Identity;

/// <summary>The roles of CIMS users. Provider roles belong to funded organisations; department roles to the department.</summary>
public static class Roles
{
    public const string Reporter = "Reporter";
    public const string AuthorisedDelegate = "AuthorisedDelegate";
    public const string InvestigationManager = "InvestigationManager";
    public const string ReviewManager = "ReviewManager";
    public const string OrganisationAdmin = "OrganisationAdmin";
    public const string DepartmentStaff = "DepartmentStaff";
    public const string DepartmentAnalyst = "DepartmentAnalyst";
    public const string CimsAdministrator = "CimsAdministrator";

    /// <summary>The department's security officer: reads and exports the security events (ADR 0046).</summary>
    public const string SecurityOfficer = "SecurityOfficer";

    public static readonly IReadOnlyList<string> Provider =
        [Reporter, AuthorisedDelegate, InvestigationManager, ReviewManager, OrganisationAdmin];

    public static readonly IReadOnlyList<string> Department =
        [DepartmentStaff, DepartmentAnalyst, CimsAdministrator, SecurityOfficer];

    public static readonly IReadOnlyList<string> All = [.. Provider, .. Department];

    /// <summary>Roles that must use an authenticator app when two-factor sign-in is required.</summary>
    public static readonly IReadOnlyList<string> RequiringTwoFactor = [AuthorisedDelegate, OrganisationAdmin, .. Department];

    public static bool IsDepartmentRole(string role) => Department.Contains(role);

    public static string DisplayName(string role) => role switch
    {
        Reporter => "Reporter",
        AuthorisedDelegate => "Authorised delegate",
        InvestigationManager => "Investigation manager",
        ReviewManager => "Review manager",
        OrganisationAdmin => "Organisation administrator",
        DepartmentStaff => "Department staff",
        DepartmentAnalyst => "Department analyst",
        CimsAdministrator => "CIMS administrator",
        SecurityOfficer => "Security officer",
        _ => role,
    };
}
