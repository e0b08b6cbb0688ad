using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Cims.Domain.Investigations;
using Cims.Web.Tests.Account;
using Cims.Web.Tests.Incidents.Attachments;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Investigations.ClockDays;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Incidents.Investigations;

/// <summary>Extension requests and police holds through the forms, with the clock frozen on chosen days.</summary>
public abstract class TimeTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : ClockApp
{
    private static string Url(int id, string path = "") => $"/Investigations/{id}{path}";

    private static readonly System.Globalization.CultureInfo DateFields = System.Globalization.CultureInfo.InvariantCulture;

    [Fact]
    public async Task RequestExtension_ThenApproved_ThePageShowsTheNewDueDate()
    {
        app.SetToday(2026, 12, 14);
        var (_, id) = await AssignedAsync(app);
        var due = Day((await LoadAsync(app, id)).DueAt!.Value);
        var wanted = BusinessDays.AddBusinessDays(due, 10);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var form = await manager.GetPageAsync(Url(id, "/Extension"));
        Assert.Contains(Shown(BusinessDays.AddBusinessDays(due, 60)), form.QuerySelector("[data-extension-limit]")!.TextContent);

        var requested = await manager.PostWithTokenAsync(Url(id, "/Extension"), FormClient.Token(form),
            [new("Version", Version(form)), .. Date(wanted), new("Reason", "Police asked us to wait until they interview the staff member.")]);

        Assert.Equal(Url(id), requested.Headers.Location!.OriginalString);
        Assert.Contains("waiting for the department", (await manager.GetPageAsync(Url(id))).QuerySelector("[data-clock-extension]")!.TextContent);
        Assert.Contains(MailBox.FilesFor(app.MailFolder, DepartmentStaff).Select(MailBox.Body), b => b.Contains("Police asked us to wait"));
        var staff = await FormClient.SignedInAsync(app, DepartmentStaff);
        Assert.NotNull((await staff.GetPageAsync("/Investigations")).QuerySelector("a[href='/Department/Investigations/Extensions']"));
        var list = await staff.GetPageAsync("/Department/Investigations/Extensions");
        Assert.NotNull(list.QuerySelector($"a[href='{Url(id, "/Extension/Decide")}']"));
        var decide = await staff.GetPageAsync(Url(id, "/Extension/Decide"));
        Assert.Equal(wanted.Day.ToString(DateFields), decide.QuerySelector("#DueDay")!.GetAttribute("value"));

        var approved = await staff.PostWithTokenAsync(Url(id, "/Extension/Approve"), FormClient.Token(decide),
            [new("Version", Version(decide, "form[action$='Approve']")), .. Date(wanted)]);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var investigation = await LoadAsync(app, id);
        Assert.Equal(wanted, Day(investigation.DueAt!.Value));
        Assert.Equal(ExtensionStatus.Approved, investigation.Extensions.Single().Status);
        var page = await manager.GetPageAsync(Url(id));
        Assert.StartsWith(Shown(wanted), page.QuerySelector("[data-clock-due]")!.TextContent);
        Assert.Contains("Extended by the department", page.QuerySelector("[data-clock-rule]")!.TextContent);
        Assert.Contains("Approved", page.QuerySelector("[data-extension-status]")!.TextContent);
        Assert.Equal(2, await AuditCountAsync(id, "investigation.extension_requested", "investigation.extension_approved"));
        Assert.Contains(MailBox.FilesFor(app.MailFolder, Investigator).Select(MailBox.Body), b => b.Contains("approved the extension"));
    }

    [Fact]
    public async Task RequestExtension_Invalid_ShowsMessagesBesideFieldsAndInTheSummaryAndKeepsWhatWasTyped()
    {
        app.SetToday(2026, 12, 14);
        var (_, id) = await AssignedAsync(app);
        var due = Day((await LoadAsync(app, id)).DueAt!.Value);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var form = await manager.GetPageAsync(Url(id, "/Extension"));

        var invalid = await manager.PostWithTokenAsync(Url(id, "/Extension"), FormClient.Token(form),
            [new("Version", Version(form)), new("DueDay", "31"), new("DueMonth", "2"), new("DueYear", "2027"), new("Reason", "")]);
        var tooLong = await manager.PostWithTokenAsync(Url(id, "/Extension"), FormClient.Token(form),
            [new("Version", Version(form)), .. Date(BusinessDays.AddBusinessDays(due, 61)), new("Reason", "Police asked us to wait.")]);

        var page = await FormClient.ParseAsync(invalid);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("real date", page.QuerySelector("#DueDay-error")!.TextContent);
        Assert.Contains("Enter why more time is needed", page.QuerySelector("#Reason-error")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("[data-error-summary] li").Length);
        Assert.Equal("31", page.QuerySelector("#DueDay")!.GetAttribute("value"));
        var limit = await FormClient.ParseAsync(tooLong);
        Assert.Contains("at most 60 business days", limit.QuerySelector("#DueDay-error")!.TextContent);
        Assert.Contains("at most 60 business days", limit.QuerySelector("[data-error-summary]")!.TextContent);
        Assert.Equal("Police asked us to wait.", limit.QuerySelector("#Reason")!.TextContent);
        Assert.Empty((await LoadAsync(app, id)).Extensions);
    }

    [Fact]
    public async Task RequestExtension_WithADocument_KeepsItAsAnIncidentAttachmentTheDepartmentCanOpen()
    {
        app.SetToday(2026, 12, 14);
        var (incidentId, id) = await AssignedAsync(app);
        var wanted = BusinessDays.AddBusinessDays(Day((await LoadAsync(app, id)).DueAt!.Value), 5);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var form = await manager.GetPageAsync(Url(id, "/Extension"));

        var wrongType = await PostWithDocumentAsync(manager, id, form, wanted, "request.pdf", Encoding.ASCII.GetBytes("MZ not a pdf"));
        var requested = await PostWithDocumentAsync(manager, id, form, wanted, "Extension request.pdf", TestFiles.Pdf);

        var refused = await FormClient.ParseAsync(wrongType);
        Assert.Contains("The file must be a PDF", refused.QuerySelector("#Document-error")!.TextContent);
        Assert.Equal("Police asked us to wait.", refused.QuerySelector("#Reason")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        var request = (await LoadAsync(app, id)).Extensions.Single();
        var attachment = await app.WithDbAsync(db => db.IncidentAttachments.AsNoTracking().SingleAsync(a => a.IncidentId == incidentId));
        Assert.Equal((attachment.Id, "Extension request.pdf", "application/pdf"), (request.DocumentId!.Value, attachment.FileName, attachment.ContentType));
        var staff = await FormClient.SignedInAsync(app, DepartmentStaff);
        var link = (await staff.GetPageAsync(Url(id, "/Extension/Decide"))).QuerySelector("[data-extension-document]")!.GetAttribute("href")!;
        Assert.Equal(TestFiles.Pdf, await staff.Http.GetByteArrayAsync(link));
    }

    [Fact]
    public async Task RequestExtension_DocumentOver10Megabytes_BackToTheFormWithTheSizeMessage()
    {
        app.SetToday(2026, 12, 14);
        var (_, id) = await AssignedAsync(app);
        var wanted = BusinessDays.AddBusinessDays(Day((await LoadAsync(app, id)).DueAt!.Value), 5);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var form = await manager.GetPageAsync(Url(id, "/Extension"));

        var refused = await PostWithDocumentAsync(manager, id, form, wanted, "scan.pdf", [.. TestFiles.Pdf, .. new byte[11 * 1024 * 1024]]);

        Assert.Equal((HttpStatusCode.Redirect, Url(id, "/Extension?tooLarge=true")), (refused.StatusCode, refused.Headers.Location?.OriginalString));
        var page = await manager.GetPageAsync(refused.Headers.Location!.OriginalString);
        Assert.Contains("larger than 10 MB", page.QuerySelector("#Document-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("larger than 10 MB", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await LoadAsync(app, id)).Extensions);
    }

    [Fact]
    public async Task DeclineExtension_NeedsAReason_ThenKeepsTheDueDateAndANewRequestCanBeMade()
    {
        var id = await RequestedAsync();
        var before = (await LoadAsync(app, id)).DueAt;
        var staff = await FormClient.SignedInAsync(app, DepartmentStaff);
        var decide = await staff.GetPageAsync(Url(id, "/Extension/Decide"));
        var version = Version(decide, "form[action$='Decline']");

        var empty = await staff.PostWithTokenAsync(Url(id, "/Extension/Decline"), FormClient.Token(decide), [new("Version", version), new("Reason", "")]);
        var declined = await staff.PostWithTokenAsync(Url(id, "/Extension/Decline"), FormClient.Token(decide), [new("Version", version), new("Reason", "Police no longer need the wait.")]);

        Assert.Contains("Enter the reason", (await FormClient.ParseAsync(empty)).QuerySelector("#Reason-error")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var investigation = await LoadAsync(app, id);
        Assert.Equal((before, ExtensionStatus.Declined), (investigation.DueAt, investigation.Extensions.Single().Status));
        Assert.Equal("Police no longer need the wait.", investigation.History[^1].Reason);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var page = await manager.GetPageAsync(Url(id));
        Assert.Contains("Police no longer need the wait.", page.QuerySelector("[data-extension-status]")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='{Url(id, "/Extension")}']"));
    }

    [Fact]
    public async Task PoliceHold_OverChristmasAndNewYear_ShowsTheHoldThenMovesTheDueDateOnResume()
    {
        app.SetToday(2026, 12, 23);
        var (_, id) = await AssignedAsync(app);
        var due = Day((await LoadAsync(app, id)).DueAt!.Value);
        var staff = await FormClient.SignedInAsync(app, DepartmentStaff);
        var hold = await staff.GetPageAsync(Url(id, "/Hold"));
        var empty = await staff.PostWithTokenAsync(Url(id, "/Hold"), FormClient.Token(hold), [new("Version", Version(hold)), new("Reason", " ")]);
        Assert.Contains("Enter the reason", (await FormClient.ParseAsync(empty)).QuerySelector("#Reason-error")!.TextContent);

        await staff.PostWithTokenAsync(Url(id, "/Hold"), FormClient.Token(hold), [new("Version", Version(hold)), new("Reason", "Police reference A-123 asked us to wait.")]);

        var manager = await FormClient.SignedInAsync(app, Investigator);
        Assert.Contains("On hold at police request since 23/12/2026", (await manager.GetPageAsync(Url(id))).QuerySelector("[data-clock-remaining]")!.TextContent);
        var listed = (await manager.GetPageAsync("/Investigations")).QuerySelector($"a[href='{Url(id)}']")!.Closest("tr")!.TextContent;
        var waiting = (await manager.GetPageAsync("/")).QuerySelectorAll("[data-work-item]").Single(li => li.QuerySelector($"a[href='{Url(id)}']") is not null).TextContent;
        Assert.Contains("On hold at police request since 23/12/2026", listed, StringComparison.Ordinal);
        Assert.Contains("On hold at police request since 23/12/2026", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", waiting, StringComparison.Ordinal);
        app.SetToday(2027, 1, 5);
        staff = await FormClient.SignedInAsync(app, DepartmentStaff);
        var resume = await staff.GetPageAsync(Url(id, "/Hold"));
        var resumed = await staff.PostWithTokenAsync(Url(id, "/Hold/Resume"), FormClient.Token(resume), [new("Version", Version(resume, "form[action$='Resume']"))]);

        Assert.Equal(HttpStatusCode.Redirect, resumed.StatusCode);
        // 24, 29, 30, 31 December, 4 and 5 January: Christmas, the Boxing Day Monday and New Year's Day do not count.
        var investigation = await LoadAsync(app, id);
        Assert.Equal(6, investigation.Holds.Single().BusinessDaysOnHold);
        Assert.Equal(BusinessDays.AddBusinessDays(due, 6), Day(investigation.DueAt!.Value));
        manager = await FormClient.SignedInAsync(app, Investigator);
        var page = await manager.GetPageAsync(Url(id));
        Assert.DoesNotContain("On hold", page.QuerySelector("[data-clock-remaining]")!.TextContent);
        Assert.Contains("6", page.QuerySelector("#clock-holds tbody")!.TextContent);
        Assert.Equal(2, await AuditCountAsync(id, "investigation.police_hold_started", "investigation.police_hold_ended"));
    }

    [Fact]
    public async Task EveryTimeUrl_AnotherOrganisationOrAReporter_IsNotFoundOnGetAndPost()
    {
        var id = await RequestedAsync();
        var version = (await LoadAsync(app, id)).Version.ToString();
        foreach (var email in new[] { OtherDelegate, OrganisationReporter })
        {
            var client = await FormClient.SignedInAsync(app, email);
            var token = FormClient.Token(await client.GetPageAsync("/Incidents/Report/Start"));
            foreach (var path in new[] { "/Extension", "/Extension/Decide", "/Hold" })
                Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(Url(id, path))).StatusCode);
            foreach (var path in new[] { "/Extension", "/Extension/Approve", "/Extension/Decline", "/Hold", "/Hold/Resume" })
            {
                var post = await client.PostWithTokenAsync(Url(id, path), token, [new("Version", version), new("Reason", "No."), .. Date(new DateOnly(2027, 2, 1))]);
                Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"{email} POST {path}: {(int)post.StatusCode}");
            }

            Assert.NotEqual(HttpStatusCode.OK, (await client.Http.GetAsync("/Department/Investigations/Extensions")).StatusCode);
        }

        var investigation = await LoadAsync(app, id);
        Assert.Equal((ExtensionStatus.Pending, 0), (investigation.Extensions.Single().Status, investigation.Holds.Count));
    }

    [Fact]
    public async Task DecideAndHold_TheOrganisation_CannotDecideOrPause_AndStaleVersionsAreRefused()
    {
        var id = await RequestedAsync();
        var manager = await FormClient.SignedInAsync(app, DelegateEmail);
        var page = await manager.GetPageAsync(Url(id));
        Assert.Null(page.QuerySelector($"a[href='{Url(id, "/Extension/Decide")}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await manager.Http.GetAsync(Url(id, "/Hold"))).StatusCode);

        var approve = await manager.PostWithTokenAsync(Url(id, "/Extension/Approve"), FormClient.Token(page), [new("Version", (await LoadAsync(app, id)).Version.ToString())]);
        var staff = await FormClient.SignedInAsync(app, DepartmentStaff);
        var hold = await staff.GetPageAsync(Url(id, "/Hold"));
        var stale = await staff.PostWithTokenAsync(Url(id, "/Hold"), FormClient.Token(hold), [new("Version", Guid.NewGuid().ToString()), new("Reason", "Police request.")]);

        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Contains("Someone else changed this investigation", (await FormClient.ParseAsync(stale)).QuerySelector("[data-error-summary]")!.TextContent);
        var investigation = await LoadAsync(app, id);
        Assert.Equal((ExtensionStatus.Pending, 0), (investigation.Extensions.Single().Status, investigation.Holds.Count));
    }

    /// <summary>On 14 December 2026, an investigation whose manager asked for 5 more business days.</summary>
    private async Task<int> RequestedAsync()
    {
        app.SetToday(2026, 12, 14);
        var (_, id) = await AssignedAsync(app);
        var wanted = BusinessDays.AddBusinessDays(Day((await LoadAsync(app, id)).DueAt!.Value), 5);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var form = await manager.GetPageAsync(Url(id, "/Extension"));
        var response = await manager.PostWithTokenAsync(Url(id, "/Extension"), FormClient.Token(form), [new("Version", Version(form)), .. Date(wanted), new("Reason", "Police asked us to wait.")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return id;
    }

    private static async Task<HttpResponseMessage> PostWithDocumentAsync(FormClient client, int id, AngleSharp.Html.Dom.IHtmlDocument form, DateOnly wanted, string fileName, byte[] data)
    {
        var file = new ByteArrayContent(data);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var content = new MultipartFormDataContent { { new StringContent(FormClient.Token(form)), "__RequestVerificationToken" }, { new StringContent(Version(form)), "Version" } };
        foreach (var (key, value) in Date(wanted))
            content.Add(new StringContent(value), key);
        content.Add(new StringContent("Police asked us to wait."), "Reason");
        content.Add(file, "Document", fileName);
        return await client.Http.PostAsync(Url(id, "/Extension"), content);
    }

    private Task<int> AuditCountAsync(int id, params string[] actions) => app.WithDbAsync(db => db.AuditEntries.CountAsync(
        a => actions.Contains(a.Action) && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

public sealed class SqliteTimeTests(SqliteClockApp app) : TimeTests<SqliteClockApp>(app);

public sealed class PostgresTimeTests(PostgresClockApp app) : TimeTests<PostgresClockApp>(app);
