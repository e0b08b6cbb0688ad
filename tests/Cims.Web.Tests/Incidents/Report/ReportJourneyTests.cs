using System.Globalization;
using System.Net;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Report.ReportForms;

namespace Cims.Web.Tests.Incidents.Report;

public abstract class ReportJourneyTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Submit_EveryStepPosted_AwaitsEndorsementWithDeadline()
    {
        var client = await FormClient.SignedInAsync(app, Reporter);
        var id = await FillAsync(client);

        var submit = await PostAsync(client, Url(id, "Declaration"), new() { ["Declared"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        var confirmation = await client.GetPageAsync(submit.Headers.Location!.OriginalString);
        Assert.NotEmpty(confirmation.QuerySelector("#due-at")!.TextContent.Trim());
        Assert.NotEmpty(confirmation.QuerySelector("#time-left")!.TextContent.Trim());
        Assert.NotEmpty(confirmation.QuerySelector("#due-rule")!.TextContent.Trim());
        var incident = await app.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal(IncidentStatus.AwaitingEndorsement, incident.Status);
        Assert.NotNull(incident.Service);
        Assert.Equal("0355501234", incident.Officer!.Telephone);
        Assert.Equal(new DateOnly(2026, 11, 20), incident.Dates!.OccurredOn);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 5, 30, 0, TimeSpan.Zero), incident.Dates.AwareAt);
        Assert.Equal(ImpactLevel.Major, incident.Impact);
        Assert.Equal(2, incident.Clients.Count);
        Assert.Contains(incident.Others, o => o.Role == OtherPersonRole.SubjectOfAllegation && o.AllegationRole == SubjectOfAllegationRole.Staff);
        Assert.NotNull(incident.DueAt);
        Assert.NotNull(incident.DueRule);
        Assert.Single(incident.History);
    }

    [Fact]
    public async Task Submit_PostedTwice_OneHistoryEntryAndSameConfirmation()
    {
        var client = await FormClient.SignedInAsync(app, Reporter);
        var id = await FillAsync(client);
        var page = await client.GetPageAsync(Url(id, "Declaration"));
        var fields = new Dictionary<string, string> { ["Declared"] = "true", ["Version"] = Version(page) };

        var first = await client.PostWithTokenAsync(Url(id, "Declaration"), FormClient.Token(page), fields);
        var second = await client.PostWithTokenAsync(Url(id, "Declaration"), FormClient.Token(page), fields);

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var incident = await app.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Single(incident.History);
    }

    [Fact]
    public async Task Start_No_ShowsGuidanceAndCreatesNothing()
    {
        var client = await FormClient.SignedInAsync(app, "investigator@agency-one.example");
        var before = await app.WithDbAsync(db => db.Incidents.CountAsync());

        var response = await client.PostFormAsync("/Incidents/Report/Start", "/Incidents/Report/Start", new() { ["DuringServiceDelivery"] = "false" });

        var guidance = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("/PrivacyReport", guidance.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        Assert.Equal(before, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Fact]
    public async Task Start_Yes_CreatesDraftAndAuditsIt()
    {
        var client = await FormClient.SignedInAsync(app, Reporter);

        var id = await StartAsync(client);

        var page = await client.GetPageAsync(Url(id, "Service"));
        Assert.Equal("step", page.QuerySelector("a[aria-current]")!.GetAttribute("aria-current"));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "incident.created" && a.EntityId == id.ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Back_ValidStep_SavesTypedTextAndGoesBack()
    {
        var client = await FormClient.SignedInAsync(app, Reporter);
        var id = await StartAsync(client);
        var fields = Officer();
        fields["JobTitle"] = "Senior case worker";

        var response = await PostAsync(client, Url(id, "Officer"), fields, nav: "back");

        Assert.Equal(Url(id, "Service"), response.Headers.Location!.OriginalString);
        var officer = await client.GetPageAsync(Url(id, "Officer"));
        Assert.Equal("Senior case worker", officer.QuerySelector("#JobTitle")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SaveAndReturnLater_ListsDraftAndContinueGoesToLastStep()
    {
        var client = await FormClient.SignedInAsync(app, Reporter);
        var id = await StartAsync(client);
        await PostAsync(client, Url(id, "Officer"), Officer());

        var later = await PostAsync(client, Url(id, "Dates"), Dates(), nav: "later");

        Assert.Equal("/Incidents/Drafts", later.Headers.Location!.OriginalString);
        var drafts = await client.GetPageAsync("/Incidents/Drafts");
        Assert.Contains(Url(id, "Dates"), drafts.QuerySelectorAll("#drafts a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Step_StaleVersion_SaysSoAndKeepsTypedValues()
    {
        var client = await FormClient.SignedInAsync(app, Reporter);
        var id = await StartAsync(client);
        var stale = await client.GetPageAsync(Url(id, "Officer"));
        await PostAsync(client, Url(id, "Officer"), Officer());
        var fields = Officer();
        fields["JobTitle"] = "My unsaved title";
        fields["Version"] = Version(stale);
        fields["Nav"] = "next";

        var response = await client.PostWithTokenAsync(Url(id, "Officer"), FormClient.Token(stale), fields);

        var page = await PageOf(response);
        Assert.Contains("Someone else saved this report", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("My unsaved title", page.QuerySelector("#JobTitle")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Returned_ShowsReasonAndCanBeResubmitted()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.ReturnedToReporter);
        var client = await FormClient.SignedInAsync(app, Reporter);

        var drafts = await client.GetPageAsync("/Incidents/Drafts");
        var step = await client.GetPageAsync(Url(id, "Description"));
        var submit = await PostAsync(client, Url(id, "Declaration"), new() { ["Declared"] = "true" });

        Assert.Contains("Please add the police reference.", drafts.QuerySelector("#drafts")!.TextContent);
        Assert.Contains("Please add the police reference.", step.QuerySelector("#return-reason")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        var incident = await app.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal(IncidentStatus.AwaitingEndorsement, incident.Status);
        Assert.Equal(3, incident.History.Count);
    }

    [Fact]
    public async Task OtherAgency_GetsNotFoundForStepsAndDoesNotSeeDraft()
    {
        var owner = await FormClient.SignedInAsync(app, Reporter);
        var id = await StartAsync(owner);
        var other = await FormClient.SignedInAsync(app, "reporter@agency-two.example");
        var ownId = await StartAsync(other);
        var ownPage = await other.GetPageAsync(Url(ownId, "Officer"));

        foreach (var step in new[] { "Service", "Officer", "Dates", "Description", "Clients", "Clients/Add", "Others", "Actions", "Declaration" })
            Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(Url(id, step))).StatusCode);
        var post = await other.PostWithTokenAsync(Url(id, "Officer"), FormClient.Token(ownPage), Officer());
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var drafts = await other.GetPageAsync("/Incidents/Drafts");
        Assert.DoesNotContain(Url(id, "Service"), drafts.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Delegate_CannotEditReportersDraft()
    {
        var owner = await FormClient.SignedInAsync(app, Reporter);
        var id = await StartAsync(owner);
        var returned = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.ReturnedToReporter);
        var delegateClient = await FormClient.SignedInAsync(app, "delegate@agency-one.example");

        Assert.Equal(HttpStatusCode.NotFound, (await delegateClient.Http.GetAsync(Url(id, "Officer"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await delegateClient.Http.GetAsync(Url(returned, "Officer"))).StatusCode);
    }
}

public sealed class SqliteReportJourneyTests(SqliteApp app) : ReportJourneyTests<SqliteApp>(app);

public sealed class PostgresReportJourneyTests(PostgresApp app) : ReportJourneyTests<PostgresApp>(app);
