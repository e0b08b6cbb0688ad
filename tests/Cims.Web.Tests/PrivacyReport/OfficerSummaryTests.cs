using System.Net;
using Cims.Web.Tests.Email;
using Cims.Web.Tests.Incidents.ReporterSummary;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.PrivacyReport.DepartmentPrivacyPages;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>Department staff send the reporting officer of a closed privacy report a summary, by e-mail to a real SMTP server.</summary>
public abstract class OfficerSummaryTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : SmtpApp
{
    private const string Officer = "jane@agency-one.example";

    private static string Url(int id) => $"/Department/Privacy/{id}/OfficerSummary";

    private static Task<Domain.Privacy.PrivacyReport> LoadAsync(CimsAppFactory app, int id) =>
        app.WithDbAsync(db => db.PrivacyReports.AsNoTracking().Include(r => r.Activity).SingleAsync(r => r.Id == id));

    [Fact]
    public async Task Send_Staff_EmailsTheOfficerAndRecordsItOnTheReport()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app, breach: false);
        var client = await FormClient.SignedInAsync(app, Staff);
        var detail = await client.GetPageAsync(Detail(id));
        var form = await client.GetPageAsync(Url(id));

        var response = await client.PostWithTokenAsync(Url(id), FormClient.Token(form),
            [new("Version", Version(form)), new("Summary", "No breach: the letter reached the right client.")]);

        Assert.NotNull(detail.QuerySelector($"a[href='{Url(id)}']"));
        Assert.Equal(Officer, Text(form, "#officer-email"));
        Assert.Equal((HttpStatusCode.Redirect, Detail(id)), (response.StatusCode, response.Headers.Location?.OriginalString));
        var report = await LoadAsync(app, id);
        Assert.Equal(("No breach: the letter reached the right client.", "Sam Staff"), (report.OfficerSummary, report.OfficerSummaryByName));
        Assert.NotNull(report.OfficerSummarySentAt);
        Assert.Equal(1, await AuditCountAsync(app, id, "privacy.summary_sent"));
        using var mail = await ReceivedMail.WaitForAsync(app.Smtp, Officer, $"Outcome of privacy incident report {report.ReportNumber}");
        Assert.Contains("the letter reached the right client", mail.HtmlBody, StringComparison.Ordinal);
        var after = await client.GetPageAsync(Detail(id));
        Assert.Contains("the letter reached the right client", Text(after, "#officer-summary"), StringComparison.Ordinal);
        Assert.Null(after.QuerySelector($"a[href='{Url(id)}']"));
    }

    [Fact]
    public async Task Send_Blank_MessageBesideTheFieldAndInTheSummary()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app, breach: false);
        var client = await FormClient.SignedInAsync(app, Staff);
        var form = await client.GetPageAsync(Url(id));

        var response = await client.PostWithTokenAsync(Url(id), FormClient.Token(form), [new("Version", Version(form)), new("Summary", " ")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains("Enter the summary for the reporting officer.", Text(page, "#Summary-error"), StringComparison.Ordinal);
        Assert.Contains("Enter the summary for the reporting officer.", Text(page, ".error-summary"), StringComparison.Ordinal);
        Assert.Null((await LoadAsync(app, id)).OfficerSummary);
    }

    [Fact]
    public async Task Send_ReportStillOpen_NotOfferedAndRefused()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app, breach: true);
        var client = await FormClient.SignedInAsync(app, Staff);
        var detail = await client.GetPageAsync(Detail(id));

        var get = await client.Http.GetAsync(Url(id));
        var post = await client.PostWithTokenAsync(Url(id), FormClient.Token(detail),
            [new("Version", (await LoadAsync(app, id)).Version.ToString()), new("Summary", "Done.")]);

        Assert.Null(detail.QuerySelector($"a[href='{Url(id)}']"));
        Assert.Equal((HttpStatusCode.Redirect, Detail(id)), (get.StatusCode, get.Headers.Location?.OriginalString));
        Assert.Equal((HttpStatusCode.Redirect, Detail(id)), (post.StatusCode, post.Headers.Location?.OriginalString));
        Assert.Null((await LoadAsync(app, id)).OfficerSummary);
    }

    [Fact]
    public async Task Send_Analyst_Forbidden()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app, breach: false);
        var client = await FormClient.SignedInAsync(app, Analyst);
        var detail = await client.GetPageAsync(Detail(id));

        var get = await client.Http.GetAsync(Url(id));
        var post = await client.PostWithTokenAsync(Url(id), FormClient.Token(detail),
            [new("Version", (await LoadAsync(app, id)).Version.ToString()), new("Summary", "Done.")]);

        Assert.Null(detail.QuerySelector($"a[href='{Url(id)}']"));
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Null((await LoadAsync(app, id)).OfficerSummary);
    }

    private static string Version(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("form input[name=Version]")!.GetAttribute("value")!;
}

public sealed class SqliteOfficerSummaryTests(SqliteSmtpApp app) : OfficerSummaryTests<SqliteSmtpApp>(app);

public sealed class PostgresOfficerSummaryTests(PostgresSmtpApp app) : OfficerSummaryTests<PostgresSmtpApp>(app);
