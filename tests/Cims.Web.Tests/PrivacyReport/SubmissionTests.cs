using System.Globalization;
using System.Net;
using Cims.Domain.Privacy;
using Cims.Web.Features.Privacy.Submission;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>The declaration page, Submit (once, even when pressed twice), the confirmation page and Exit.</summary>
public abstract class SubmissionTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : PrivacyApp
{
    private static readonly TimeSpan Aedt = TimeSpan.FromHours(11);

    [Fact]
    public async Task Declaration_Unticked_ShowsMessageBesideCheckboxAndInSummary()
    {
        var (client, id) = await SubmissionDrafts.ReadyAsync(app);

        var response = await client.PostDeclarationAsync(declared: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal(PrivacyDeclarationFormValidator.Message, page.QuerySelector("#Declared-error")?.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll(".error-summary li a"), a => a.TextContent.Trim() == PrivacyDeclarationFormValidator.Message && a.GetAttribute("href") == "#Declared");
        Assert.Equal(PrivacyReportStatus.Draft, await StatusAsync(id));
    }

    [Fact]
    public async Task Declaration_EveryStageComplete_ShowsSummaryWithLabelsAndChangeLinks()
    {
        var (client, _) = await SubmissionDrafts.ReadyAsync(app, people: 2);

        var page = await client.GetPageAsync("/PrivacyReport/Declaration");

        Assert.Equal("Declaration", page.QuerySelector("h1")!.TextContent.Trim());
        var changes = page.QuerySelectorAll("a[data-change]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/PrivacyReport/Service", "/PrivacyReport/Officer", "/PrivacyReport/Dates", "/PrivacyReport/Description", "/PrivacyReport/People", "/PrivacyReport/Containment"], changes);
        var text = page.Body!.TextContent;
        Assert.Contains("Person 2: Alex Person2", text, StringComparison.Ordinal);
        Assert.Contains("Agency One Community Services", text, StringComparison.Ordinal);
        Assert.Contains("Female", text, StringComparison.Ordinal);
        Assert.Contains("Contained", text, StringComparison.Ordinal);
        Assert.Contains("Privacy and Data Protection Act 2014", page.QuerySelector("#declaration-text")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("label.required[for=Declared]"));
    }

    [Theory]
    [InlineData(PrivacyStage.Containment)]
    [InlineData(PrivacyStage.People)]
    public async Task Declaration_StageIncomplete_RedirectsToThatStage(PrivacyStage incomplete)
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, incomplete);

        var get = await client.Http.GetAsync("/PrivacyReport/Declaration");

        Assert.Equal($"/PrivacyReport/{PrivacyStagesName(incomplete)}", get.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Declaration_PostWhileAStageIsIncomplete_RedirectsAndSubmitsNothing()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        var version = await app.WithDbAsync(db => db.PrivacyReports.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        var token = FormClient.Token(await client.GetPageAsync("/PrivacyReport"));

        var response = await client.PostWithTokenAsync("/PrivacyReport/Declaration", token, new Dictionary<string, string>
        {
            ["Version"] = version.ToString(),
            ["Declared"] = "true",
        });

        Assert.Equal("/PrivacyReport/Containment", response.Headers.Location?.OriginalString);
        Assert.Equal(PrivacyReportStatus.Draft, await StatusAsync(id));
    }

    [Fact]
    public async Task Declaration_DraftChangedInAnotherTab_SaysSoAndSubmitsNothing()
    {
        var (client, id) = await SubmissionDrafts.ReadyAsync(app);
        var page = await client.GetPageAsync("/PrivacyReport/Declaration");
        var changed = Guid.NewGuid();
        await app.WithDbAsync(db => db.PrivacyReports.Where(r => r.Id == id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Version, changed)));

        var response = await client.PostDeclarationAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await FormClient.ParseAsync(response);
        Assert.Contains("changed in another window", again.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(changed.ToString(), PrivacyClient.Version(again));
        Assert.Equal(PrivacyReportStatus.Draft, await StatusAsync(id));
    }

    [Fact]
    public async Task Submitted_AfterReceiptLifetime_GoesToLandingPage()
    {
        var (client, id) = await SubmissionDrafts.SubmittedAsync(app);
        var longAgo = DateTimeOffset.UtcNow - Domain.Privacy.PrivacyReport.ReceiptLifetime - TimeSpan.FromMinutes(1);
        await app.WithDbAsync(db => db.PrivacyReports.Where(r => r.Id == id).ExecuteUpdateAsync(u => u.SetProperty(r => r.SubmittedAt, longAgo)));

        Assert.Equal("/PrivacyReport", (await client.Http.GetAsync("/PrivacyReport/Submitted")).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/PrivacyReport/Submitted/Pdf")).StatusCode);
    }

    [Theory]
    [InlineData(true, PrivacyReportStatus.Submitted, "assess")]
    [InlineData(false, PrivacyReportStatus.Closed, "recorded as closed")]
    public async Task Submit_Ticked_ShowsNumberInBoldAndStoresStatus(bool breach, PrivacyReportStatus status, string nextSteps)
    {
        var (client, id) = await SubmissionDrafts.ReadyAsync(app, breach: breach);

        var response = await client.PostDeclarationAsync();

        Assert.Equal("/PrivacyReport/Submitted", response.Headers.Location?.OriginalString);
        var cookie = PrivacyClient.Cookie(response)!;
        var page = await client.GetPageAsync("/PrivacyReport/Submitted");
        Assert.Equal("Incident submitted successfully", page.QuerySelector("h1")!.TextContent.Trim());
        var number = page.QuerySelector("strong#report-number")!.TextContent.Trim();
        Assert.Matches(@"^PIR-\d{4}-\d{6}$", number);
        Assert.EndsWith(id.ToString("D6", CultureInfo.InvariantCulture), number, StringComparison.Ordinal);
        Assert.Contains(nextSteps, page.QuerySelector("#next-steps")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Public Records Act 1973", page.QuerySelector("#records-warning")!.TextContent, StringComparison.Ordinal);
        var report = await app.WithDbAsync(db => db.PrivacyReports.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal((number, status), (report.ReportNumber, report.Status));
        var expires = DateTimeOffset.Parse(cookie.Split("expires=", 2)[1].Split(';')[0], CultureInfo.InvariantCulture);
        Assert.InRange(expires, report.SubmittedAt!.Value.AddHours(23), report.SubmittedAt.Value.AddHours(25));
        Assert.Equal(1, await AuditCountAsync("privacy.submitted", id));
    }

    [Theory]
    [InlineData("2026-11-13T10:00:00+11:00", "2026-11-16T23:59:59+11:00")] // Friday → Monday
    [InlineData("2026-11-02T16:30:00+11:00", "2026-11-04T23:59:59+11:00")] // Monday → Wednesday: Tuesday is Melbourne Cup day
    [InlineData("2026-11-16T00:30:00+11:00", "2026-11-17T23:59:59+11:00")] // Monday just after midnight in Melbourne (Sunday in UTC) → Tuesday
    public async Task Submit_Disclosed_DueAtEndOfNextBusinessDayInMelbourne(string disclosed, string due)
    {
        var (client, id) = await SubmissionDrafts.ReadyAsync(app, disclosedAt: DateTimeOffset.Parse(disclosed, CultureInfo.InvariantCulture).ToUniversalTime());

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostDeclarationAsync()).StatusCode);

        var dueAt = await app.WithDbAsync(db => db.PrivacyReports.Where(r => r.Id == id).Select(r => r.DueAt).SingleAsync());
        Assert.Equal(DateTimeOffset.Parse(due, CultureInfo.InvariantCulture), dueAt);
        Assert.Equal(Aedt, TimeZoneInfo.FindSystemTimeZoneById("Australia/Melbourne").GetUtcOffset(dueAt!.Value));
    }

    [Fact]
    public async Task Submit_TwoPostsAtOnce_OneSubmissionBothOnSuccessPage()
    {
        var (client, id) = await SubmissionDrafts.ReadyAsync(app);
        var page = await client.GetPageAsync("/PrivacyReport/Declaration");

        var responses = await Task.WhenAll(client.PostDeclarationAsync(page), client.PostDeclarationAsync(page));

        Assert.All(responses, r => Assert.Equal("/PrivacyReport/Submitted", r.Headers.Location?.OriginalString));
        Assert.Equal(1, await AuditCountAsync("privacy.submitted", id));
        Assert.Equal(1, await app.WithDbAsync(db => db.PrivacyReports.Where(r => r.Id == id).SelectMany(r => r.Activity).CountAsync(a => a.Kind == PrivacyActivityKind.Submitted)));
    }

    [Fact]
    public async Task Submit_AgainAfterSuccess_ShowsSameReceiptWithoutSubmittingAgain()
    {
        var (client, id) = await SubmissionDrafts.ReadyAsync(app);
        var page = await client.GetPageAsync("/PrivacyReport/Declaration");
        await client.PostDeclarationAsync(page);
        var number = (await client.GetPageAsync("/PrivacyReport/Submitted")).QuerySelector("#report-number")!.TextContent;

        var again = await client.PostDeclarationAsync(page);

        Assert.Equal("/PrivacyReport/Submitted", again.Headers.Location?.OriginalString);
        Assert.Equal(number, (await client.GetPageAsync("/PrivacyReport/Submitted")).QuerySelector("#report-number")!.TextContent);
        Assert.Equal("/PrivacyReport/Submitted", (await client.Http.GetAsync("/PrivacyReport/Declaration")).Headers.Location?.OriginalString);
        Assert.Equal(1, await AuditCountAsync("privacy.submitted", id));
    }

    [Fact]
    public async Task SubmitUseCase_LosesTheRace_WritesNothingAndSaysStale()
    {
        var (_, id) = await SubmissionDrafts.ReadyAsync(app);
        using var first = app.Services.CreateScope();
        using var second = app.Services.CreateScope();
        var a = await Load(first, id);
        var b = await Load(second, id);

        var won = await first.ServiceProvider.GetRequiredService<SubmitPrivacyReport>().SubmitAsync(a, CancellationToken.None);
        var lost = await second.ServiceProvider.GetRequiredService<SubmitPrivacyReport>().SubmitAsync(b, CancellationToken.None);

        Assert.False(won.Failed);
        Assert.Equal(PrivacyErrors.Stale, lost.Error);
        Assert.Equal(1, await AuditCountAsync("privacy.submitted", id));

        static Task<Domain.Privacy.PrivacyReport> Load(IServiceScope scope, int id) =>
            scope.ServiceProvider.GetRequiredService<Web.Data.CimsDbContext>().PrivacyReports.SingleAsync(r => r.Id == id);
    }

    [Fact]
    public async Task SubmitUseCase_LosesTheRace_OutcomeIsTheWinnersReceipt()
    {
        var (_, id) = await SubmissionDrafts.ReadyAsync(app);
        using var first = app.Services.CreateScope();
        using var second = app.Services.CreateScope();
        var a = await Load(first, id);
        var b = await Load(second, id);

        var won = await first.ServiceProvider.GetRequiredService<SubmitPrivacyReport>().RunAsync(a, a.Version, true, a.Token, CancellationToken.None);
        var lost = await second.ServiceProvider.GetRequiredService<SubmitPrivacyReport>().RunAsync(b, b.Version, true, b.Token, CancellationToken.None);

        var winner = Assert.IsType<SubmissionOutcome.Submitted>(won).Report;
        Assert.Equal(winner.ReportNumber, Assert.IsType<SubmissionOutcome.Submitted>(lost).Report.ReportNumber);
        Assert.StartsWith("PIR-", winner.ReportNumber, StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync("privacy.submitted", id));

        static Task<Domain.Privacy.PrivacyReport> Load(IServiceScope scope, int id) =>
            scope.ServiceProvider.GetRequiredService<Web.Data.CimsDbContext>().PrivacyReports.SingleAsync(r => r.Id == id);
    }

    [Fact]
    public async Task SubmitUseCase_StaleVersionOfAnUnsubmittedDraft_RefusedWithTheCurrentVersion()
    {
        var (_, id) = await SubmissionDrafts.ReadyAsync(app);
        using var scope = app.Services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<Web.Data.CimsDbContext>().PrivacyReports.SingleAsync(r => r.Id == id);
        var seen = Guid.NewGuid();

        var outcome = await scope.ServiceProvider.GetRequiredService<SubmitPrivacyReport>().RunAsync(report, seen, true, report.Token, CancellationToken.None);

        var refused = Assert.IsType<SubmissionOutcome.Refused>(outcome);
        Assert.Equal(PrivacyErrors.Stale, refused.Error);
        Assert.Equal(report.Version, refused.Version);
        Assert.Equal(0, await AuditCountAsync("privacy.submitted", id));
    }

    [Fact]
    public async Task Exit_AfterSubmitting_ClearsCookieAndReturnsToLandingPage()
    {
        var (client, _) = await SubmissionDrafts.SubmittedAsync(app);

        var exit = await client.PostFormAsync("/PrivacyReport/Submitted", "/PrivacyReport/Submitted/Exit", []);

        Assert.Equal("/PrivacyReport", exit.Headers.Location?.OriginalString);
        Assert.Contains("expires=Thu, 01 Jan 1970", PrivacyClient.Cookie(exit)!, StringComparison.Ordinal);
        Assert.Equal("/PrivacyReport", (await client.Http.GetAsync("/PrivacyReport/Submitted")).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/PrivacyReport/Submitted/Pdf")).StatusCode);
    }

    [Fact]
    public async Task Submitted_StrangersBrowser_GoesToLandingPage()
    {
        await SubmissionDrafts.SubmittedAsync(app);
        var (withDraft, _) = await SubmissionDrafts.ReadyAsync(app);

        foreach (var stranger in new[] { FormClient.For(app), withDraft })
        {
            Assert.Equal("/PrivacyReport", (await stranger.Http.GetAsync("/PrivacyReport/Submitted")).Headers.Location?.OriginalString);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync("/PrivacyReport/Submitted/Pdf")).StatusCode);
        }
    }

    private async Task<PrivacyReportStatus> StatusAsync(int id) =>
        await app.WithDbAsync(db => db.PrivacyReports.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());

    private async Task<int> AuditCountAsync(string action, int id) => await app.WithDbAsync(db =>
        db.AuditEntries.CountAsync(a => a.Action == action && a.EntityId == id.ToString(CultureInfo.InvariantCulture)));

    private static string PrivacyStagesName(PrivacyStage stage) => Web.Features.Privacy.PrivacyStages.Of(stage).Name;
}

public sealed class SqliteSubmissionTests(SqlitePrivacyApp app) : SubmissionTests<SqlitePrivacyApp>(app);

public sealed class PostgresSubmissionTests(PostgresPrivacyApp app) : SubmissionTests<PostgresPrivacyApp>(app);
