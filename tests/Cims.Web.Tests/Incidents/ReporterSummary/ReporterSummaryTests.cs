using System.Globalization;
using System.Net;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Email;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Incidents.ReporterSummary;

/// <summary>The authorised delegate sends the reporter of a closed incident its outcome summary, by e-mail to a real SMTP server.</summary>
public abstract class ReporterSummaryTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : SmtpApp
{
    private const string Text = "The matter was looked into.\nThe client's support plan was updated and staff were retrained.";

    private static string Url(int id) => $"/Incidents/{id}/ReporterSummary";

    [Fact]
    public async Task Send_Delegate_RecordsItEmailsTheReporterAndTheReporterSeesIt()
    {
        var id = await ClosedIncidents.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var incidentPage = await client.GetPageAsync($"/Incidents/{id}");
        var form = await client.GetPageAsync(Url(id));

        var preview = await client.PostWithTokenAsync(Url(id), FormClient.Token(form),
            [new("Version", Version(form)), new("Summary", Text), new("Step", "Preview")]);
        var previewPage = await FormClient.ParseAsync(preview);
        var sent = await client.PostWithTokenAsync(Url(id), FormClient.Token(previewPage),
            [new("Version", Version(previewPage)), new("Summary", Text), new("Step", "Send")]);

        Assert.NotNull(incidentPage.QuerySelector($"a[href='{Url(id)}']"));
        Assert.Contains("staff were retrained", previewPage.QuerySelector("#summary-preview")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Text, previewPage.QuerySelector("#Summary")!.TextContent.Trim().ReplaceLineEndings("\n"));
        Assert.Equal((HttpStatusCode.Redirect, $"/Incidents/{id}"), (sent.StatusCode, sent.Headers.Location?.OriginalString));
        var incident = await ClosedIncidents.LoadAsync(app, id);
        Assert.Equal((Text, "Dana Delegate"), (incident.ReporterSummary, incident.ReporterSummaryByName));
        Assert.NotNull(incident.ReporterSummarySentAt);
        var key = id.ToString(CultureInfo.InvariantCulture);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "incident.reporter_summary_sent" && a.EntityId == key)));
        using var mail = await ReceivedMail.WaitForAsync(app.Smtp, ClosedIncidents.Reporter, $"Outcome of incident {incident.Number}");
        Assert.Contains("The client&#x27;s support plan was updated", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"/Incidents/{id}", mail.HtmlBody, StringComparison.Ordinal);
        var reporter = await FormClient.SignedInAsync(app, ClosedIncidents.Reporter);
        var reporterPage = await reporter.GetPageAsync($"/Incidents/{id}");
        Assert.Contains("staff were retrained", reporterPage.QuerySelector("#reporter-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await client.GetPageAsync($"/Incidents/{id}")).QuerySelector($"a[href='{Url(id)}']"));
    }

    [Fact]
    public async Task Send_Blank_MessageBesideTheFieldAndInTheSummaryNothingSent()
    {
        var id = await ClosedIncidents.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var form = await client.GetPageAsync(Url(id));

        var response = await client.PostWithTokenAsync(Url(id), FormClient.Token(form), [new("Version", Version(form)), new("Summary", "   "), new("Step", "Send")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains("Enter the outcome summary for the reporter.", page.QuerySelector("#Summary-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enter the outcome summary for the reporter.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await ClosedIncidents.LoadAsync(app, id)).ReporterSummary);
    }

    [Fact]
    public async Task Send_TooLong_MessageAndTheTextKept()
    {
        var id = await ClosedIncidents.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var form = await client.GetPageAsync(Url(id));
        var tooLong = new string('a', Incident.ReporterSummaryMaxLength + 1);

        var response = await client.PostWithTokenAsync(Url(id), FormClient.Token(form), [new("Version", Version(form)), new("Summary", tooLong), new("Step", "Send")]);

        var page = await FormClient.ParseAsync(response);
        Assert.Contains("2000 characters or fewer", page.QuerySelector("#Summary-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2000 characters or fewer", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(tooLong, page.QuerySelector("#Summary")!.TextContent.Trim());
        Assert.Null((await ClosedIncidents.LoadAsync(app, id)).ReporterSummary);
    }

    [Fact]
    public async Task Send_NotClosed_NotOfferedAndRefused()
    {
        var id = await AwaitingInvestigatorAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var incidentPage = await client.GetPageAsync($"/Incidents/{id}");

        var get = await client.Http.GetAsync(Url(id));
        var post = await client.PostWithTokenAsync(Url(id), FormClient.Token(incidentPage),
            [new("Version", (await ClosedIncidents.LoadAsync(app, id)).Version.ToString()), new("Summary", Text), new("Step", "Send")]);

        Assert.Null(incidentPage.QuerySelector($"a[href='{Url(id)}']"));
        Assert.Equal((HttpStatusCode.Redirect, $"/Incidents/{id}"), (get.StatusCode, get.Headers.Location?.OriginalString));
        Assert.Equal((HttpStatusCode.Redirect, $"/Incidents/{id}"), (post.StatusCode, post.Headers.Location?.OriginalString));
        Assert.Null((await ClosedIncidents.LoadAsync(app, id)).ReporterSummary);
    }

    [Fact]
    public async Task Send_TheReporter_SentBackToTheIncident()
    {
        var id = await ClosedIncidents.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, ClosedIncidents.Reporter);
        var incidentPage = await client.GetPageAsync($"/Incidents/{id}");

        var get = await client.Http.GetAsync(Url(id));
        var post = await client.PostWithTokenAsync(Url(id), FormClient.Token(incidentPage),
            [new("Version", (await ClosedIncidents.LoadAsync(app, id)).Version.ToString()), new("Summary", Text), new("Step", "Send")]);

        Assert.Null(incidentPage.QuerySelector($"a[href='{Url(id)}']"));
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, $"/Incidents/{id}"), (post.StatusCode, post.Headers.Location?.OriginalString));
        Assert.Null((await ClosedIncidents.LoadAsync(app, id)).ReporterSummary);
    }

    [Fact]
    public async Task Send_AnotherOrganisationsDelegate_NotFoundOnGetAndPost()
    {
        var id = await ClosedIncidents.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, OtherDelegate);
        var home = await client.GetPageAsync("/");

        var get = await client.Http.GetAsync(Url(id));
        var post = await client.PostWithTokenAsync(Url(id), FormClient.Token(home),
            [new("Version", (await ClosedIncidents.LoadAsync(app, id)).Version.ToString()), new("Summary", Text), new("Step", "Send")]);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Null((await ClosedIncidents.LoadAsync(app, id)).ReporterSummary);
    }

    [Fact]
    public async Task Send_ChangedSinceTheFormWasShown_AsksToCheckAndKeepsTheText()
    {
        var id = await ClosedIncidents.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var form = await client.GetPageAsync(Url(id));

        var response = await client.PostWithTokenAsync(Url(id), FormClient.Token(form),
            [new("Version", Guid.NewGuid().ToString()), new("Summary", "Looked into."), new("Step", "Send")]);

        var page = await FormClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this incident", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Looked into.", page.QuerySelector("#Summary")!.TextContent.Trim());
        Assert.Null((await ClosedIncidents.LoadAsync(app, id)).ReporterSummary);
    }
}

public sealed class SqliteReporterSummaryTests(SqliteSmtpApp app) : ReporterSummaryTests<SqliteSmtpApp>(app);

public sealed class PostgresReporterSummaryTests(PostgresSmtpApp app) : ReporterSummaryTests<PostgresSmtpApp>(app);
