namespace Cims.Domain.Organisations;

public enum OrganisationKind
{
    /// <summary>A funded agency (service provider) that reports incidents.</summary>
    FundedAgency,

    /// <summary>The department itself: its staff see every organisation's records.</summary>
    Department,
}
