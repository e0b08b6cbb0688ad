using System.Net;
using Cims.Web.Tests.Email;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Incidents.ReporterSummary;

/// <summary>The SMTP server is down: the summary is not recorded and the delegate keeps what they typed.</summary>
public abstract class ReporterSummaryMailDownTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : SmtpDownApp
{
    [Fact]
    public async Task Send_MailServerDown_SaysSoKeepsTheTextAndRecordsNothing()
    {
        var id = await ClosedIncidents.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var form = await client.GetPageAsync($"/Incidents/{id}/ReporterSummary");

        var response = await client.PostWithTokenAsync($"/Incidents/{id}/ReporterSummary", FormClient.Token(form),
            [new("Version", Version(form)), new("Summary", "Looked into and closed."), new("Step", "Send")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains("could not be sent, so the summary was not recorded", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Looked into and closed.", page.QuerySelector("#Summary")!.TextContent.Trim());
        var incident = await ClosedIncidents.LoadAsync(app, id);
        Assert.Null(incident.ReporterSummary);
        Assert.Null(incident.ReporterSummarySentAt);
    }
}

public sealed class SqliteReporterSummaryMailDownTests(SqliteSmtpDownApp app) : ReporterSummaryMailDownTests<SqliteSmtpDownApp>(app);

public sealed class PostgresReporterSummaryMailDownTests(PostgresSmtpDownApp app) : ReporterSummaryMailDownTests<PostgresSmtpDownApp>(app);
