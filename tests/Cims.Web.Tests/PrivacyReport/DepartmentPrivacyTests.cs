using System.Net;
using Cims.Domain.Incidents;
using Cims.Domain.Privacy;
using Cims.Web.Tests.Account;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.Infrastructure.FieldErrors;
using static Cims.Web.Tests.PrivacyReport.DepartmentPrivacyPages;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>The department's privacy queue, the report page and the privacy officer's actions.</summary>
public abstract class DepartmentPrivacyTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : PrivacyApp
{
    [Fact]
    public async Task Queue_SubmittedAndDraftReports_ListsOnlyTheSubmittedOneWithItsClock()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app, breach: true, people: 2);
        var (_, draftId) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        var client = await FormClient.SignedInAsync(app, Staff);

        var page = await client.GetPageAsync(Queue);

        var number = await NumberAsync(app, id);
        Assert.Contains(number, Numbers(page));
        Assert.Null(page.QuerySelector($"a[href='{Detail(draftId)}']"));
        var row = Row(page, number);
        Assert.Equal(["On time", "Yes", "Awaiting assessment", "Not assigned", "2"], row[4..]);
        Assert.NotNull(page.QuerySelector("nav a[href='/Department/Privacy']"));
    }

    [Fact]
    public async Task Queue_BreachNo_IsClosedWithTheReportersReason()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app, breach: false);
        var client = await FormClient.SignedInAsync(app, Staff);
        var number = await NumberAsync(app, id);

        var open = await client.GetPageAsync(Queue);
        var closed = await client.GetPageAsync($"{Queue}?Status=Closed");
        var detail = await client.GetPageAsync(Detail(id));

        Assert.DoesNotContain(number, Numbers(open));
        Assert.Equal("Closed", Row(closed, number)[6]);
        Assert.Equal("Closed", Text(detail, "#status"));
        Assert.Equal("No privacy breach occurred", Text(detail, "#outcome"));
        Assert.Equal(Domain.Privacy.PrivacyReport.NoBreachReason, Text(detail, "#closure-reason"));
    }

    [Fact]
    public async Task Details_SubmittedReport_ShowsTheReportersFieldsAndAuditsOneViewInTenMinutes()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app);
        var client = await FormClient.SignedInAsync(app, Staff);

        var page = await client.GetPageAsync(Detail(id));
        await client.GetPageAsync(Detail(id));

        var main = page.QuerySelector("main")!.TextContent;
        foreach (var text in new[] { "Agency One Community Services", "Jane Citizen", "Sam Manager", "Reception desk", "posted to the wrong address",
            "Alex Person1", "CRIS-0001", "Female", "Neither Aboriginal nor Torres Strait Islander origin", "Client", "Name, Address", "Legal team", "Contained", "Estimate" })
            Assert.Contains(text, main, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='{Detail(id)}/Pdf']"));
        Assert.Contains("Submitted by Jane Citizen", Text(page, "#history ~ ol"), StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(app, id, "privacy.viewed"));
    }

    [Fact]
    public async Task Assign_ToMe_PutsTheReportUnderAssessmentWithHistoryAndAudit()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app);
        var client = await FormClient.SignedInAsync(app, Staff);

        var page = await client.ActAsync(id, "Assign", new() { ["AssigneeId"] = await UserIdAsync(app, Staff) });

        Assert.Equal("Under assessment", Text(page, "#status"));
        Assert.Equal("Sam Staff", Text(page, "#assigned-to"));
        Assert.Contains("Assigned to Sam Staff.", Text(page, "#history ~ ol"), StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(app, id, "privacy.assigned"));
        var mine = await client.GetPageAsync($"{Queue}?Mine=true");
        Assert.Contains(await NumberAsync(app, id), Numbers(mine));
    }

    [Theory]
    [InlineData("", "Choose the privacy officer to assign the report to.")]
    [InlineData("analyst", "Choose a member of department staff from the list.")]
    public async Task Assign_NoOrNotStaffUser_ShowsMessage(string who, string message)
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app);
        var client = await FormClient.SignedInAsync(app, Staff);
        var assignee = who == "" ? "" : await UserIdAsync(app, Analyst);

        await AssertRejectedAsync(await client.PostActionAsync(id, "Assign", new() { ["AssigneeId"] = assignee }), "AssigneeId", message);
        Assert.Equal(0, await AuditCountAsync(app, id, "privacy.assigned"));
    }

    [Fact]
    public async Task Note_Added_AppearsInTheHistory()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app);
        var client = await FormClient.SignedInAsync(app, Staff);

        var page = await client.ActAsync(id, "Note", new() { ["Note"] = "Called the agency's privacy officer." });

        Assert.Contains("Called the agency's privacy officer.", Text(page, "#history ~ ol"), StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(app, id, "privacy.note_added"));
    }

    [Theory]
    [InlineData(" ", "Enter the note.")]
    [InlineData("long", "Enter a note of 4000 characters or fewer.")]
    public async Task Note_BlankOrTooLong_ShowsMessageAndKeepsText(string note, string message)
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app);
        var client = await FormClient.SignedInAsync(app, Staff);
        var text = note == "long" ? new string('a', 4001) : note;

        var page = await AssertRejectedAsync(await client.PostActionAsync(id, "Note", new() { ["Note"] = text }), "Note", message);

        Assert.Equal(text, page.QuerySelector("#Note")!.TextContent);
    }

    [Fact]
    public async Task Close_WithoutOutcomeOrReason_ShowsBothMessages()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app);
        var client = await FormClient.SignedInAsync(app, Staff);

        var response = await client.PostActionAsync(id, "Close", new() { ["Outcome"] = "", ["ClosureReason"] = "" });

        await AssertRejectedAsync(response, "Outcome", "Choose the outcome of the assessment.");
        var page = await client.PostActionAsync(id, "Close", new() { ["Outcome"] = PrivacyOutcomes.NearMiss, ["ClosureReason"] = " " });
        var shown = await AssertRejectedAsync(page, "ClosureReason", "Enter the reason for closing the privacy incident.");
        Assert.Equal(PrivacyOutcomes.NearMiss, shown.QuerySelector("#Outcome option[selected]")!.GetAttribute("value"));
        Assert.Equal("Awaiting assessment", Text(shown, "#status"));
    }

    [Fact]
    public async Task Close_WithOutcomeAndReason_ClosesItAndReopenBringsItBack()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app);
        var client = await FormClient.SignedInAsync(app, Staff);

        var closed = await client.ActAsync(id, "Close", new() { ["Outcome"] = PrivacyOutcomes.BreachConfirmed, ["ClosureReason"] = "Letter recovered; client told." });
        var blank = await client.PostActionAsync(id, "Reopen", new() { ["ReopenReason"] = "" });
        var reopened = await client.ActAsync(id, "Reopen", new() { ["ReopenReason"] = "The client complained again." });

        Assert.Equal("Privacy breach confirmed", Text(closed, "#outcome"));
        Assert.Equal("Letter recovered; client told.", Text(closed, "#closure-reason"));
        await AssertRejectedAsync(blank, "ReopenReason", "Enter the reason for reopening the privacy incident.");
        Assert.Equal("Awaiting assessment", Text(reopened, "#status"));
        Assert.Contains("Reopened: The client complained again.", Text(reopened, "#history ~ ol"), StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(app, id, "privacy.closed"));
        Assert.Equal(1, await AuditCountAsync(app, id, "privacy.reopened"));
    }

    [Fact]
    public async Task Link_SubmittedIncidentNumber_LinksIt()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app);
        var incidentId = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        var number = await Incidents.Department.DepartmentPages.NumberAsync(app, incidentId);
        var client = await FormClient.SignedInAsync(app, Staff);

        var page = await client.ActAsync(id, "Link", new() { ["IncidentNumber"] = number.ToLowerInvariant() });

        Assert.StartsWith("IRD-", number, StringComparison.Ordinal);
        Assert.Equal($"/Incidents/{incidentId}", page.QuerySelector("#linked-incident a")!.GetAttribute("href"));
        Assert.Equal(number, Text(page, "#linked-incident"));
        Assert.Equal(1, await AuditCountAsync(app, id, "privacy.linked"));
    }

    [Theory]
    [InlineData("IRD-2026-999999", "There is no submitted client incident IRD-2026-999999. Check the number: it is on the incident's page and its PDF.")]
    [InlineData("12345", "Enter the client incident number in the format IRD-YYYY-NNNNNN, like IRD-2026-000123.")]
    [InlineData("", "Enter the client incident number, like IRD-2026-000123.")]
    public async Task Link_UnknownOrMalformedNumber_ShowsMessage(string number, string message)
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app);
        var client = await FormClient.SignedInAsync(app, Staff);

        var page = await AssertRejectedAsync(await client.PostActionAsync(id, "Link", new() { ["IncidentNumber"] = number }), "IncidentNumber", message);

        Assert.Equal(number, page.QuerySelector("#IncidentNumber")!.GetAttribute("value") ?? "");
        Assert.Equal("None", Text(page, "#linked-incident"));
    }

    [Fact]
    public async Task StartClientIncident_EmailsTheReportingOfficerAndRecordsIt()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app);
        var client = await FormClient.SignedInAsync(app, Staff);
        var number = await NumberAsync(app, id);
        var explanation = await client.GetPageAsync($"{Detail(id)}/ClientIncident");

        var response = await client.PostWithTokenAsync($"{Detail(id)}/ClientIncident", FormClient.Token(explanation),
            [new("Version", explanation.QuerySelector("input[name=Version]")!.GetAttribute("value")!)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(number, MailBox.LatestBodyFor(app.MailFolder, "jane@agency-one.example"), StringComparison.Ordinal);
        var page = await client.GetPageAsync(Detail(id));
        Assert.Contains($"to report this privacy incident as a client incident in CIMS, quoting {number}", Text(page, "#history ~ ol"), StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(app, id, "privacy.incident_requested"));
    }

    [Fact]
    public async Task Post_StaleVersion_SaysSoAndKeepsTheTypedNote()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app);
        var client = await FormClient.SignedInAsync(app, Staff);
        var old = await client.GetPageAsync(Detail(id));
        await client.ActAsync(id, "Note", new() { ["Note"] = "First note." });

        var response = await client.PostWithTokenAsync($"{Detail(id)}/Note", FormClient.Token(old),
            [new("Version", old.QuerySelector($"form[action='{Detail(id)}/Note'] input[name=Version]")!.GetAttribute("value")!), new("Note", "Second note.")]);

        var page = await FormClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("changed in another window", Text(page, ".error-summary"), StringComparison.Ordinal);
        Assert.Equal("Second note.", page.QuerySelector("#Note")!.TextContent);
        Assert.DoesNotContain("Second note.", Text(page, "#history ~ ol"), StringComparison.Ordinal);
        var again = await client.PostWithTokenAsync($"{Detail(id)}/Note", FormClient.Token(page),
            [new("Version", page.QuerySelector($"form[action='{Detail(id)}/Note'] input[name=Version]")!.GetAttribute("value")!), new("Note", "Second note.")]);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(Detail(id), again.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Analyst_ReadsTheReportButHasNoFormsAndPostsAre403()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app);
        var client = await FormClient.SignedInAsync(app, Analyst);

        var queue = await client.GetPageAsync(Queue);
        var page = await client.GetPageAsync(Detail(id));
        var post = await client.PostWithTokenAsync($"{Detail(id)}/Note", FormClient.Token(page), [new("Note", "Analyst note"), new("Version", "")]);
        var ask = await client.Http.GetAsync($"{Detail(id)}/ClientIncident");

        Assert.Contains(await NumberAsync(app, id), Numbers(queue));
        Assert.Empty(page.QuerySelectorAll($"form[action^='{Detail(id)}/']"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ask.StatusCode);
        Assert.Equal(0, await AuditCountAsync(app, id, "privacy.note_added"));
    }

    [Theory]
    [InlineData("reporter@agency-one.example")]
    [InlineData("delegate@agency-one.example")]
    public async Task AgencyUser_CannotReachTheQueueOrTheReport(string email)
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app);
        var client = await FormClient.SignedInAsync(app, email);
        var number = await NumberAsync(app, id);

        foreach (var url in new[] { Queue, Detail(id) })
        {
            var response = await client.Http.GetAsync(url);
            var denied = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                || response.Headers.Location?.PathAndQuery.StartsWith("/Account/AccessDenied", StringComparison.Ordinal) == true;
            Assert.True(denied, $"{url} answered {(int)response.StatusCode}");
            Assert.DoesNotContain(number, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app);
        var client = FormClient.For(app);

        var get = await client.Http.GetAsync(Detail(id));
        var post = await client.Http.PostAsync($"{Detail(id)}/Note", new FormUrlEncodedContent([new("Note", "x")]));

        Assert.StartsWith("/Account/Login", get.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/Account/Login", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_DraftId_Is404()
    {
        var (_, draftId) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        var client = await FormClient.SignedInAsync(app, Staff);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(Detail(draftId))).StatusCode);
        var page = await client.GetPageAsync(Queue);
        var post = await client.PostWithTokenAsync($"{Detail(draftId)}/Note", FormClient.Token(page), [new("Note", "x"), new("Version", Guid.NewGuid().ToString())]);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}

public sealed class SqliteDepartmentPrivacyTests(SqlitePrivacyApp app) : DepartmentPrivacyTests<SqlitePrivacyApp>(app);

public sealed class PostgresDepartmentPrivacyTests(PostgresPrivacyApp app) : DepartmentPrivacyTests<PostgresPrivacyApp>(app);
