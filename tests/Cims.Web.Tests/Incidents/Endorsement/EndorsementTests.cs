using System.Globalization;
using System.Net;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Account;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Endorsement.ReviewForms;

namespace Cims.Web.Tests.Incidents.Endorsement;

public abstract class EndorsementTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : EndorsementApp
{
    [Fact]
    public async Task Queue_TwoAwaiting_OldestDeadlineFirstWithTimeLeftInWords()
    {
        var later = await IncidentBuilder.CreateAsync(app);
        var sooner = await IncidentBuilder.CreateAsync(app);
        await SetDueAsync(app, later, DateTimeOffset.UtcNow.AddDays(3));
        await SetDueAsync(app, sooner, DateTimeOffset.UtcNow.AddHours(-5));
        var client = await FormClient.SignedInAsync(app, DelegateEmail);

        var page = await client.GetPageAsync("/Endorsement");

        var ids = page.QuerySelectorAll("#queue tbody tr").Select(r => int.Parse(r.GetAttribute("data-id")!, CultureInfo.InvariantCulture)).ToList();
        Assert.True(ids.IndexOf(sooner) < ids.IndexOf(later));
        var row = page.QuerySelector($"#queue tr[data-id='{sooner}']")!.TextContent;
        Assert.Contains("Overdue by", row);
        Assert.Contains("Physical abuse", row);
        Assert.Contains("left", page.QuerySelector($"#queue tr[data-id='{later}']")!.TextContent);
    }

    [Fact]
    public async Task OtherAgencyDelegate_EveryUrl_Returns404AndChangesNothing()
    {
        var id = await IncidentBuilder.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, OtherDelegateEmail);
        var token = FormClient.Token(await client.GetPageAsync("/Endorsement"));
        var version = (await LoadAsync(app, id)).Version.ToString();

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Incidents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Endorsement/{id}")).StatusCode);
        foreach (var (action, fields) in new[] { ("Endorse", new Dictionary<string, string>()), ("Return", new() { ["Reason"] = "No" }),
            ("Return", []), ("Amend", new() { ["Location"] = "X", ["Description"] = "Y", ["Impact"] = "Major" }) })
        {
            var response = await client.PostWithTokenAsync($"/Endorsement/{id}/{action}", token, new Dictionary<string, string>(fields) { ["Version"] = version });
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(IncidentStatus.AwaitingEndorsement, (await LoadAsync(app, id)).Status);
    }

    [Fact]
    public async Task Return_EmptyReason_ShowsMessageBesideField()
    {
        var id = await IncidentBuilder.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);

        var response = await PostAsync(client, id, "Return", new() { ["Reason"] = " " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains("Enter the reason", page.QuerySelector("#Reason-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#Reason")!.GetAttribute("aria-invalid"));
        Assert.Equal(IncidentStatus.AwaitingEndorsement, (await LoadAsync(app, id)).Status);
    }

    [Fact]
    public async Task Return_WithReason_ReturnsEmailsReporterWhoSeesTheReason()
    {
        var id = await IncidentBuilder.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);

        var response = await PostAsync(client, id, "Return", new() { ["Reason"] = "Add the police reference number." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(IncidentStatus.ReturnedToReporter, (await LoadAsync(app, id)).Status);
        Assert.Contains(MailBox.FilesFor(app.MailFolder, Reporter).Select(MailBox.Body),
            b => b.Contains("Add the police reference number.") && b.Contains($"/Incidents/{id}"));
        var reporter = await FormClient.SignedInAsync(app, Reporter);
        var page = await reporter.GetPageAsync($"/Incidents/{id}");
        Assert.Contains("Add the police reference number.", page.QuerySelector("[role=note]")!.TextContent);
        Assert.Contains("Returned for correction", page.QuerySelector("#status-history")!.TextContent);
        var queue = await client.GetPageAsync("/Endorsement");
        Assert.Contains("Add the police reference number.", queue.QuerySelector("#returned")!.TextContent);
    }

    [Fact]
    public async Task Amend_ChangedLocationAndImpact_RecordsDelegateAmendmentAndAudit()
    {
        var id = await IncidentBuilder.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);

        var response = await PostAsync(client, id, "Amend", new()
        {
            ["Location"] = "Kitchen",
            ["Description"] = "The client said a staff member pushed her.",
            ["Impact"] = "NonMajor",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var incident = await LoadAsync(app, id);
        Assert.Equal("Kitchen", incident.Details!.Location);
        Assert.Equal(ImpactLevel.NonMajor, incident.Impact);
        Assert.NotNull(incident.DueAt);
        var amendment = Assert.Single(incident.Addendums);
        Assert.Equal(AddendumKind.DelegateAmendment, amendment.Kind);
        Assert.Contains("Location: Lounge room → Kitchen", amendment.Text);
        Assert.Contains("Impact: Major impact → Non-major impact", amendment.Text);
        Assert.DoesNotContain("Description", amendment.Text);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "incident.amended" && a.EntityId == id.ToString(CultureInfo.InvariantCulture))));
        var page = await client.GetPageAsync($"/Endorsement/{id}");
        Assert.Contains("Location: Lounge room → Kitchen", page.QuerySelector("#addendums")!.TextContent);
    }

    [Fact]
    public async Task Endorse_E3MajorAbuseByStaff_NumberedFollowUpDeterminedAndConfirmed()
    {
        var id = await IncidentBuilder.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);

        var response = await PostAsync(client, id, "Endorse");

        Assert.Equal($"/Incidents/{id}", response.Headers.Location!.OriginalString);
        var incident = await LoadAsync(app, id);
        Assert.StartsWith("IRD-", incident.Number);
        Assert.Equal(IncidentStatus.FollowUpDetermined, incident.Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "incident.endorsed" && a.EntityId == id.ToString(CultureInfo.InvariantCulture))));
        Assert.Contains(MailBox.FilesFor(app.MailFolder, Reporter).Select(MailBox.Body), b => b.Contains(incident.Number!));
        var page = await client.GetPageAsync($"/Incidents/{id}");
        Assert.Contains(incident.Number!, page.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("Investigation", page.QuerySelector("[data-followup]")!.TextContent);
    }

    [Fact]
    public async Task Endorse_E1Major_GoesToDepartmentScreening()
    {
        var id = await IncidentBuilder.CreateAsync(app, reportedOn: new DateOnly(2019, 3, 4));
        var client = await FormClient.SignedInAsync(app, DelegateEmail);

        await PostAsync(client, id, "Endorse");

        var incident = await LoadAsync(app, id);
        Assert.Equal(IncidentStatus.DepartmentReview, incident.Status);
        Assert.StartsWith("IRD-", incident.Number);
    }

    [Fact]
    public async Task Endorse_TwiceOrStale_ShowsMessageAndChangesNothing()
    {
        var id = await IncidentBuilder.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var review = await client.GetPageAsync($"/Endorsement/{id}");
        var token = FormClient.Token(review);
        var version = review.QuerySelector($"form[action='/Endorsement/{id}/Endorse'] input[name=Version]")!.GetAttribute("value")!;
        await PostAsync(client, id, "Amend", new() { ["Location"] = "Hall", ["Description"] = "Pushed.", ["Impact"] = "Major" });

        var stale = await client.PostWithTokenAsync($"/Endorsement/{id}/Endorse", token, new Dictionary<string, string> { ["Version"] = version });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed", (await FormClient.ParseAsync(stale)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(IncidentStatus.AwaitingEndorsement, (await LoadAsync(app, id)).Status);
        var fresh = (await LoadAsync(app, id)).Version.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostWithTokenAsync($"/Endorsement/{id}/Endorse", token, new Dictionary<string, string> { ["Version"] = fresh })).StatusCode);
        var number = (await LoadAsync(app, id)).Number;

        var twice = await client.PostWithTokenAsync($"/Endorsement/{id}/Endorse", token, new Dictionary<string, string> { ["Version"] = fresh });

        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains("not awaiting endorsement", (await FormClient.ParseAsync(twice)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(number, (await LoadAsync(app, id)).Number);
    }
}

public sealed class SqliteEndorsementTests(SqliteEndorsementApp app) : EndorsementTests<SqliteEndorsementApp>(app);

public sealed class PostgresEndorsementTests(PostgresEndorsementApp app) : EndorsementTests<PostgresEndorsementApp>(app);
