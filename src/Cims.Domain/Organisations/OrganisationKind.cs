namespace Cims.Domain.Organisations;

public enum OrganisationKind
{
    /// <summary>A funded agency (service provider) that reports incidents.</summary>
    FundedAgency,

    /// <summary>The department itself: its staff see every organisation's records.</summary>
    Department,

    /// <summary>
    /// The API sandbox: a training organisation whose synthetic clients vendors use to try the API. Its incidents are
    /// numbered apart and kept out of the department's work and figures (docs/adr/0038-the-api-sandbox.md).
    /// </summary>
    Sandbox,
}
