using Cims.Web.Data;
using Cims.Web.Tests.Email;
using Cims.Web.Tests.Infrastructure;
using System.Globalization;

namespace Cims.Web.Tests.Training;

/// <summary>
/// CIMS as the training environment (Cims:Environment=Training), with a real SMTP server that must receive nothing. The
/// training environment outside Development needs a password of its own; the test host then sets the demo one after.
/// </summary>
public abstract class TrainingApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    public SmtpListener Smtp { get; } = SmtpListener.Accepting();

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Cims:Environment", "Training"), new("Cims:DemoPassword", "Training-Only-Password-2026!"), new("Cims:Training:SampleIncidents", "60"),
        new("Email:SmtpHost", "127.0.0.1"), new("Email:SmtpPort", Smtp.Port.ToString(CultureInfo.InvariantCulture)),
    ];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            Smtp.Dispose();
    }
}

public sealed class SqliteTrainingApp() : TrainingApp(DatabaseProvider.Sqlite);

public sealed class PostgresTrainingApp() : TrainingApp(DatabaseProvider.Postgres);
