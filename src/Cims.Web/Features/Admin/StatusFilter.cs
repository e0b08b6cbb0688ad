namespace Cims.Web.Features.Admin;

/// <summary>The active filter of admin lists.</summary>
public enum StatusFilter
{
    Active,
    Inactive,
    All,
}
