using Cims.Domain.Organisations;

namespace Cims.Web.Features.Admin.Organisations;

/// <summary>Words for organisation values on pages.</summary>
public static class OrganisationText
{
    public static string Kind(OrganisationKind kind) => kind == OrganisationKind.Department ? "Department" : "Funded agency";

    /// <summary>"51 824 753 556" for display.</summary>
    public static string Abn(string? abn) =>
        abn is { Length: 11 } ? $"{abn[..2]} {abn[2..5]} {abn[5..8]} {abn[8..]}" : abn ?? "Not recorded";
}
