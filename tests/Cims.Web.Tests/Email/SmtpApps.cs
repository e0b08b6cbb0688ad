using System.Globalization;
using Cims.Web.Data;
using Cims.Web.Tests.Logging;

namespace Cims.Web.Tests.Email;

/// <summary>CIMS sending its e-mail to a real SMTP server on 127.0.0.1 (aiosmtpd), with the default security (Auto).</summary>
public abstract class SmtpApp(DatabaseProvider provider) : LoggedApp(provider)
{
    public SmtpListener Smtp { get; } = SmtpListener.Accepting();

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Email:SmtpHost", "127.0.0.1"), new("Email:SmtpPort", Smtp.Port.ToString(CultureInfo.InvariantCulture))];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            Smtp.Dispose();
    }
}

public sealed class SqliteSmtpApp() : SmtpApp(DatabaseProvider.Sqlite);

public sealed class PostgresSmtpApp() : SmtpApp(DatabaseProvider.Postgres);

/// <summary>CIMS configured with an SMTP server that is down: nothing listens on its port.</summary>
public abstract class SmtpDownApp(DatabaseProvider provider) : LoggedApp(provider)
{
    public int Port { get; } = SmtpListener.FreePort();

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Email:SmtpHost", "127.0.0.1"), new("Email:SmtpPort", Port.ToString(CultureInfo.InvariantCulture)), new("Email:TimeoutSeconds", "5")];
}

public sealed class SqliteSmtpDownApp() : SmtpDownApp(DatabaseProvider.Sqlite);

public sealed class PostgresSmtpDownApp() : SmtpDownApp(DatabaseProvider.Postgres);
