using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Account;

/// <summary>CIMS with Cims:RequireTwoFactor on, as in production.</summary>
public abstract class TwoFactorRequiredApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Cims:RequireTwoFactor", "true")];
}

public sealed class SqliteTwoFactorApp() : TwoFactorRequiredApp(DatabaseProvider.Sqlite);

public sealed class PostgresTwoFactorApp() : TwoFactorRequiredApp(DatabaseProvider.Postgres);
