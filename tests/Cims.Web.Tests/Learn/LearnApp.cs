using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Learn;

/// <summary>CIMS with timeframe settings away from their defaults, so a test sees the Learn pages follow them.</summary>
public abstract class LearnApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    public const int MaxExtension = 45;
    public const int DelegateEscalation = 3;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Cims:MaxExtensionBusinessDays", MaxExtension.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Cims:ReminderDelegateEscalationBusinessDays", DelegateEscalation.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Cims:Reference:CacheSeconds", "300"),
    ];
}

public sealed class SqliteLearnApp() : LearnApp(DatabaseProvider.Sqlite);

public sealed class PostgresLearnApp() : LearnApp(DatabaseProvider.Postgres);
