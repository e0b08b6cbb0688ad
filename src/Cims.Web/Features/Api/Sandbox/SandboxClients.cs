namespace Cims.Web.Features.Api.Sandbox;

/// <summary>A fictional client of the API sandbox: who a vendor may name in a sandbox report (codes as the API's reference data).</summary>
public sealed record SandboxClient(string IdentifierType, string Identifier, string GivenName, string Surname, DateOnly BirthDate, string Sex, string IndigenousStatus);

/// <summary>
/// The published synthetic clients of the API sandbox: invented people with "SBX" identifiers, the same on every
/// installation, so a vendor's test reports never carry a real client's details. Shown on the sandbox page, in the
/// README and by <c>GET /api/v1/sandbox/clients</c> (to sandbox clients only).
/// </summary>
public static class SandboxClients
{
    public const string OrganisationName = "CIMS API sandbox";

    public static readonly IReadOnlyList<SandboxClient> All =
    [
        new("OTHER", "SBX-0001", "Alex", "Sandbox", new DateOnly(1990, 1, 15), "3", "9"),
        new("OTHER", "SBX-0002", "Jordan", "Testcase", new DateOnly(2009, 6, 30), "1", "4"),
        new("OTHER", "SBX-0003", "Sam", "Example", new DateOnly(1952, 11, 2), "2", "1"),
        new("OTHER", "SBX-0004", "Riley", "Placeholder", new DateOnly(2016, 3, 8), "2", "4"),
        new("OTHER", "SBX-0005", "Casey", "Fictional", new DateOnly(1978, 9, 21), "1", "9"),
    ];
}
