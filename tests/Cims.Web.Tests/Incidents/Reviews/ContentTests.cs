using System.Net;
using AngleSharp.Html.Dom;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.Incidents.Reviews.ReviewBuilder;

namespace Cims.Web.Tests.Incidents.Reviews;

/// <summary>The review's content through its pages: the report of each kind, the RCA review's lists, and the actions with their tracking.</summary>
public abstract class ContentTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task CaseReport_SavedWithSectionsStillEmpty_ReadsBackOnTheReviewPage()
    {
        var (_, id) = await CreateAsync(app, FollowUpAction.CaseReview);
        var manager = await FormClient.SignedInAsync(app, Manager);
        var details = await manager.GetPageAsync($"/Reviews/{id}");
        Assert.NotNull(details.QuerySelector($"a[href='/Reviews/{id}/Report']"));
        var form = await manager.GetPageAsync($"/Reviews/{id}/Report");

        var saved = await manager.PostWithTokenAsync($"/Reviews/{id}/Report", FormClient.Token(form),
        [
            new("Version", Version(form)), new("PeriodFromDay", "1"), new("PeriodFromMonth", "10"), new("PeriodFromYear", "2026"),
            new("PeriodToDay", "22"), new("PeriodToMonth", "11"), new("PeriodToYear", "2026"),
            new("Problem", "Why the push was not prevented."), new("Assessment", "  One worker alone on evenings.  "),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var report = (await LoadAsync(app, id)).CaseReport;
        Assert.Equal(new CaseReviewReport(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 22), null, "Why the push was not prevented.", null, null, null, null, "One worker alone on evenings."), report);
        var page = await manager.GetPageAsync($"/Reviews/{id}");
        Assert.Contains("Why the push was not prevented.", page.QuerySelector("#case-report-heading")!.ParentElement!.TextContent);
        var again = await manager.GetPageAsync($"/Reviews/{id}/Report");
        Assert.Equal(("22", "One worker alone on evenings."), (again.QuerySelector("#PeriodToDay")!.GetAttribute("value"), again.QuerySelector("#Assessment")!.TextContent.Trim()));
    }

    [Fact]
    public async Task CaseReport_TooLongTextAndABadDate_MessagesBesideTheFieldsAndAtTheTop_TextKept()
    {
        var (_, id) = await CreateAsync(app, FollowUpAction.CaseReview);
        var manager = await FormClient.SignedInAsync(app, Manager);
        var form = await manager.GetPageAsync($"/Reviews/{id}/Report");

        var page = await FormClient.ParseAsync(await manager.PostWithTokenAsync($"/Reviews/{id}/Report", FormClient.Token(form),
        [
            new("Version", Version(form)), new("PeriodFromDay", "31"), new("PeriodFromMonth", "2"), new("PeriodFromYear", "2026"),
            new("Problem", new string('p', CaseReviewReport.TextMaxLength + 1)), new("Interviews", "Jo and Pat Staff."),
        ]));

        Assert.Contains("Enter a real date for the start of the review period", page.QuerySelector("#PeriodFromDay-error")!.TextContent);
        Assert.Contains($"Defining the problem must be {CaseReviewReport.TextMaxLength} characters or fewer.", page.QuerySelector("#Problem-error")!.TextContent);
        var summary = page.QuerySelector("[data-error-summary]")!.TextContent;
        Assert.Contains("Enter a real date for the start", summary);
        Assert.Contains("Defining the problem must be", summary);
        Assert.Equal(("Jo and Pat Staff.", "31"), (page.QuerySelector("#Interviews")!.TextContent.Trim(), page.QuerySelector("#PeriodFromDay")!.GetAttribute("value")));
        Assert.Equal(CaseReviewReport.Empty, (await LoadAsync(app, id)).CaseReport);
    }

    [Fact]
    public async Task CaseReport_StaleVersion_ShowsTheConcurrencyMessageAndKeepsTheTypedText()
    {
        var (_, id) = await CreateAsync(app, FollowUpAction.CaseReview);
        var manager = await FormClient.SignedInAsync(app, Manager);
        var form = await manager.GetPageAsync($"/Reviews/{id}/Report");
        await ChangeAsync(app, id, (review, now) => review.AddAction("Someone else's action.", "Owner", new DateOnly(2027, 1, 1), now).MustSucceed());

        var page = await FormClient.ParseAsync(await manager.PostWithTokenAsync($"/Reviews/{id}/Report", FormClient.Token(form),
            [new("Version", Version(form)), new("Rationale", "Typed while someone else saved.")]));

        Assert.Contains("Someone else changed this review", page.QuerySelector("[data-error-summary]")!.TextContent);
        Assert.Equal("Typed while someone else saved.", page.QuerySelector("#Rationale")!.TextContent.Trim());
        var current = await LoadAsync(app, id);
        Assert.Equal(current.Version.ToString(), Version(page));
        Assert.Null(current.CaseReport.Rationale);
    }

    [Fact]
    public async Task RcaReview_ReportTimelineRootCausesAndFactors_AreSavedAndShownOnTheReviewPage()
    {
        var (_, id) = await CreateAsync(app, FollowUpAction.RcaReview);
        var manager = await FormClient.SignedInAsync(app, Manager);
        var report = await manager.GetPageAsync($"/Reviews/{id}/Report");
        Assert.Null(report.QuerySelector("#Problem"));
        await Posted(manager, $"/Reviews/{id}/Report", report, [new("Team", "Robin and a nurse."), new("Findings", "Falls follow transfers done alone.")]);

        var timeline = await manager.GetPageAsync($"/Reviews/{id}/Timeline");
        var refused = await FormClient.ParseAsync(await manager.PostWithTokenAsync($"/Reviews/{id}/Timeline", FormClient.Token(timeline),
            [new("Version", Version(timeline)), new("OccurredOnDay", "21"), new("OccurredOnMonth", "11"), new("OccurredOnYear", "2026"), new("OccurredAt", "25:00"), new("Description", "Jo transferred alone.")]));
        Assert.Contains("24-hour time", refused.QuerySelector("#OccurredAt-error")!.TextContent);
        Assert.Contains("24-hour time", refused.QuerySelector("[data-error-summary]")!.TextContent);
        Assert.Equal("Jo transferred alone.", refused.QuerySelector("#Description")!.TextContent.Trim());
        await Posted(manager, $"/Reviews/{id}/Timeline", timeline,
            [new("OccurredOnDay", "21"), new("OccurredOnMonth", "11"), new("OccurredOnYear", "2026"), new("OccurredAt", "19:40"), new("Description", "Jo transferred alone.")]);
        timeline = await manager.GetPageAsync($"/Reviews/{id}/Timeline");
        await Posted(manager, $"/Reviews/{id}/Timeline", timeline, [new("OccurredOnDay", "20"), new("OccurredOnMonth", "11"), new("OccurredOnYear", "2026"), new("Description", "Roster changed.")]);
        timeline = await manager.GetPageAsync($"/Reviews/{id}/Timeline");
        await Posted(manager, $"/Reviews/{id}/Timeline/2/Remove", timeline, [], "form[action$='/Timeline/2/Remove']");

        var causes = await manager.GetPageAsync($"/Reviews/{id}/RootCauses");
        var empty = await FormClient.ParseAsync(await manager.PostWithTokenAsync($"/Reviews/{id}/RootCauses", FormClient.Token(causes), [new("Version", Version(causes))]));
        Assert.Contains("Enter the root cause.", empty.QuerySelector("#Text-error")!.TextContent);
        await Posted(manager, $"/Reviews/{id}/RootCauses", causes, [new("Text", "One worker on evenings.")]);
        var factors = await manager.GetPageAsync($"/Reviews/{id}/Factors");
        await Posted(manager, $"/Reviews/{id}/Factors", factors, [new("Codes", "STAFFING"), new("Other", "Night shift alone.")]);

        var review = await LoadAsync(app, id);
        Assert.Equal(new RcaReport("Robin and a nurse.", "Falls follow transfers done alone."), review.RcaReport);
        var entry = Assert.Single(review.Timeline);
        Assert.Equal((new DateOnly(2026, 11, 21), (TimeOnly?)new TimeOnly(19, 40), "Jo transferred alone."), (entry.OccurredOn, entry.OccurredAt, entry.Description));
        Assert.Equal(["One worker on evenings."], review.RootCauses.Select(c => c.Text));
        Assert.Equal(["STAFFING"], review.ContributingFactors);
        Assert.Equal("Night shift alone.", review.OtherContributingFactors);
        var page = await manager.GetPageAsync($"/Reviews/{id}");
        Assert.Contains("19:40", page.QuerySelector("#timeline")!.TextContent);
        Assert.Contains("One worker on evenings.", page.QuerySelector("#root-causes")!.TextContent);
        Assert.Contains("Staffing levels or rostering", page.QuerySelector("#review-factors")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/Reviews/{id}/Timeline']"));
    }

    [Fact]
    public async Task CaseReview_TheRcaPages_AreNotFound()
    {
        var (_, id) = await CreateAsync(app, FollowUpAction.CaseReview);
        await ChangeAsync(app, id, (_, _) => { });
        var manager = await FormClient.SignedInAsync(app, Manager);
        var token = FormClient.Token(await manager.GetPageAsync($"/Reviews/{id}/Report"));
        var version = (await LoadAsync(app, id)).Version.ToString();
        foreach (var url in new[] { "Timeline", "RootCauses", "Factors" })
            Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"/Reviews/{id}/{url}")).StatusCode);
        foreach (var url in new[] { "Timeline", "RootCauses", "Factors", "Timeline/1/Remove", "RootCauses/1/Remove" })
        {
            var post = await manager.PostWithTokenAsync($"/Reviews/{id}/{url}", token,
                [new("Version", version), new("OccurredOnDay", "1"), new("OccurredOnMonth", "1"), new("OccurredOnYear", "2026"), new("Description", "D"), new("Text", "T"), new("Codes", "STAFFING")]);
            Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"POST {url}: {(int)post.StatusCode}");
        }
    }

    [Fact]
    public async Task ContentUrls_AnotherOrganisationOrAReporter_AreNotFoundOnGetAndPost()
    {
        var (_, id) = await CreateAsync(app, FollowUpAction.RcaReview);
        await CompleteRcaReviewAsync(app, id);
        var before = await LoadAsync(app, id);
        string[] gets = ["Report", "Timeline", "RootCauses", "Factors", "Actions", "Actions/1"];
        string[] posts = [.. gets, "Timeline/1/Remove", "RootCauses/1/Remove"];
        foreach (var email in new[] { OtherDelegate, "reporter@agency-one.example" })
        {
            var client = await FormClient.SignedInAsync(app, email);
            var token = FormClient.Token(await client.GetPageAsync("/Incidents/Report/Start"));
            foreach (var url in gets)
                Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Reviews/{id}/{url}")).StatusCode);
            foreach (var url in posts)
            {
                var post = await client.PostWithTokenAsync($"/Reviews/{id}/{url}", token,
                [
                    new("Version", before.Version.ToString()), new("Team", "X"), new("OccurredOnDay", "1"), new("OccurredOnMonth", "1"), new("OccurredOnYear", "2026"),
                    new("Description", "D"), new("Text", "T"), new("Codes", "STAFFING"), new("Owner", "O"), new("DueOnDay", "1"), new("DueOnMonth", "3"),
                    new("DueOnYear", "2027"), new("Status", "Done"), new("Note", "N"),
                ]);
                Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"{email} POST {url}: {(int)post.StatusCode}");
            }
        }

        var after = await LoadAsync(app, id);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal((1, 1, 1, RecommendationStatus.Open), (after.Timeline.Count, after.RootCauses.Count, after.Actions.Count, after.Actions.Single().Status));
    }

    [Fact]
    public async Task Actions_AddedThenTracked_DoneNeedsItsEvidence()
    {
        var (_, id) = await CreateAsync(app, FollowUpAction.CaseReview);
        var manager = await FormClient.SignedInAsync(app, Manager);
        var actions = await manager.GetPageAsync($"/Reviews/{id}/Actions");
        var missing = await FormClient.ParseAsync(await manager.PostWithTokenAsync($"/Reviews/{id}/Actions", FormClient.Token(actions),
            [new("Version", Version(actions)), new("Text", "Roster two workers."), new("DueOnDay", "30"), new("DueOnMonth", "2"), new("DueOnYear", "2027")]));
        Assert.Contains("Enter who owns the action", missing.QuerySelector("#Owner-error")!.TextContent);
        Assert.Contains("Enter the date it is due", missing.QuerySelector("#DueOnDay-error")!.TextContent);
        Assert.Equal("Roster two workers.", missing.QuerySelector("#Text")!.TextContent.Trim());
        await Posted(manager, $"/Reviews/{id}/Actions", actions,
            [new("Text", "Roster two workers."), new("Owner", "Operations manager"), new("DueOnDay", "28"), new("DueOnMonth", "2"), new("DueOnYear", "2027")]);

        var details = await manager.GetPageAsync($"/Reviews/{id}");
        Assert.Equal($"/Reviews/{id}/Actions/1", details.QuerySelectorAll("#review-actions a").Single(a => a.TextContent == "Update action 1").GetAttribute("href"));
        var track = await manager.GetPageAsync($"/Reviews/{id}/Actions/1");
        var refused = await FormClient.ParseAsync(await manager.PostWithTokenAsync($"/Reviews/{id}/Actions/1", FormClient.Token(track), [new("Version", Version(track)), new("Status", "Done")]));
        Assert.Contains("Describe the evidence that the action was done.", refused.QuerySelector("#Note-error")!.TextContent);
        Assert.Contains("Describe the evidence", refused.QuerySelector("[data-error-summary]")!.TextContent);
        Assert.True(refused.QuerySelector("#Status-Done")!.HasAttribute("checked"));
        await Posted(manager, $"/Reviews/{id}/Actions/1", track, [new("Status", "Done"), new("Note", "Two workers rostered from 1 March.")]);

        var action = Assert.Single((await LoadAsync(app, id)).Actions);
        Assert.Equal((RecommendationStatus.Done, "Two workers rostered from 1 March.", new DateOnly(2027, 2, 28)), (action.Status, action.StatusNote, action.DueOn));
        Assert.Contains("Done", (await manager.GetPageAsync($"/Reviews/{id}")).QuerySelector("#review-actions")!.TextContent);
    }

    [Fact]
    public async Task Delegate_TracksAnActionButCannotChangeTheReport()
    {
        var (_, id) = await CreateAsync(app, FollowUpAction.CaseReview);
        await CompleteCaseReviewAsync(app, id);
        var delegateClient = await FormClient.SignedInAsync(app, DelegateEmail);
        var details = await delegateClient.GetPageAsync($"/Reviews/{id}");
        Assert.Null(details.QuerySelector($"a[href='/Reviews/{id}/Report']"));
        Assert.NotNull(details.QuerySelector($"a[href='/Reviews/{id}/Actions/1']"));
        var report = await delegateClient.Http.GetAsync($"/Reviews/{id}/Report");
        Assert.Equal((HttpStatusCode.Redirect, $"/Reviews/{id}"), (report.StatusCode, report.Headers.Location?.OriginalString));

        var track = await delegateClient.GetPageAsync($"/Reviews/{id}/Actions/1");
        await Posted(delegateClient, $"/Reviews/{id}/Actions/1", track, [new("Status", "NotAccepted"), new("Note", "The board chose another roster.")]);

        Assert.Equal(RecommendationStatus.NotAccepted, (await LoadAsync(app, id)).Actions.Single().Status);
    }

    /// <summary>Posts the page's form with its version and token; the save must redirect.</summary>
    private static async Task Posted(FormClient client, string url, IHtmlDocument page, KeyValuePair<string, string>[] fields, string form = "form[method=post]:not([action])")
    {
        var response = await client.PostWithTokenAsync(url, FormClient.Token(page), [new("Version", Version(page, form)), .. fields]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static string Version(IHtmlDocument page, string form = "form[method=post]:not([action])") =>
        page.QuerySelector($"{form} input[name=Version]")!.GetAttribute("value")!;
}

public sealed class SqliteContentTests(SqliteApp app) : ContentTests<SqliteApp>(app);

public sealed class PostgresContentTests(PostgresApp app) : ContentTests<PostgresApp>(app);
