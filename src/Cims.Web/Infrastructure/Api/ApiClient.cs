namespace Cims.Web.Infrastructure.Api;

/// <summary>
/// A provider system allowed to call the API: the OpenIddict application (client id, hashed secret, scopes) it
/// authenticates as, and the one organisation it acts for. Every token it gets carries that organisation.
/// </summary>
public sealed class ApiClient
{
    public const int ClientIdMaxLength = 100;
    public const int NameMaxLength = 200;

    private ApiClient()
    {
    }

    public ApiClient(string clientId, int organisationId, string name, DateTimeOffset createdAt)
    {
        ClientId = clientId;
        OrganisationId = organisationId;
        Name = name;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    /// <summary>The OAuth client id (the OpenIddict application's ClientId).</summary>
    public string ClientId { get; private set; } = "";

    public int OrganisationId { get; private set; }

    /// <summary>The provider's system, as shown in the audit log and the incident's history.</summary>
    public string Name { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
}
