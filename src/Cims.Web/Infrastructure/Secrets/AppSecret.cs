namespace Cims.Web.Infrastructure.Secrets;

/// <summary>A secret the application made for itself (such as the key of the pseudonyms), stored protected by Data Protection.</summary>
public sealed class AppSecret
{
    public const int NameMaxLength = 100;

    private AppSecret()
    {
    }

    public AppSecret(string name, string protectedValue, DateTimeOffset createdAt)
    {
        Name = name;
        ProtectedValue = protectedValue;
        CreatedAt = createdAt;
    }

    public string Name { get; private set; } = "";

    /// <summary>The secret, encrypted with the application's Data Protection keys (shared by every node).</summary>
    public string ProtectedValue { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
}
