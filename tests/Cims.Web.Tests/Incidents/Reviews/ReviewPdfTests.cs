using System.Net;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.Pdf;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Reviews.ReviewFixtures;

namespace Cims.Web.Tests.Incidents.Reviews;

/// <summary>The case review and RCA review reports as PDFs, with the template's sections and what was written; another organisation's is not found.</summary>
public abstract class ReviewPdfTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private const string Delegate = "delegate@agency-one.example";

    [Fact]
    public async Task CaseReviewPdf_Approved_HasTheTemplateSectionsTheActionPlanAndTheEndorsement()
    {
        var (incidentId, id) = await SubmittedAsync(app);
        await ChangeAsync(app, id, (review, incident, now) => review.Approve(incident, Builder, false, now).MustSucceed());
        var number = await app.WithDbAsync(db => db.Incidents.Where(i => i.Id == incidentId).Select(i => i.Number!).SingleAsync());
        var client = await FormClient.SignedInAsync(app, Delegate);

        var response = await client.Http.GetAsync($"/Reviews/{id}/Pdf");

        Assert.Equal($"{number}-case-review.pdf", response.Content.Headers.ContentDisposition!.FileName);
        var text = Words(await PdfReportWriterTests.PdfTextAsync(await response.Content.ReadAsByteArrayAsync()));
        foreach (var expected in new[]
        {
            $"Case review report – incident {number}", "Service details", "Case review manager details", "Incident summary", "Jo Citizen",
            "Review period", "01/10/2026 to 22/11/2026", "Incident details", "Jo fell during an evening transfer.", "Defining the problem", "Transfers done alone.",
            "Rationale", "Two falls in a month.", "Methodology", "Desk review of the roster", "Interviews", "The two evening staff.",
            "Documentary and other evidence", "Roster and case notes.", "Assessment and key issues", "leaves one worker on evenings",
            "Action plan", "Roster two workers on evenings. Owner: Operations manager; due 28/02/2027", "Endorsement", "Approved by Test Builder",
        })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "review.pdf_downloaded" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task RcaReviewPdf_HasTeamTimelineRootCausesFactorsFindingsAndResponsePlan()
    {
        var (_, id) = await OpenedAsync(app, FollowUpAction.RcaReview);
        await ChangeAsync(app, id, (review, _, now) =>
        {
            review.SaveRcaReport(new Domain.Reviews.RcaReport("Robin, the practice lead and a nurse.", "Falls follow transfers done alone."), now).MustSucceed();
            review.AddTimelineEntry(new DateOnly(2026, 11, 21), new TimeOnly(19, 40), "Jo transferred to bed by one worker.", now).MustSucceed();
            review.AddRootCause("The roster leaves one worker on evenings.", now).MustSucceed();
            review.SetContributingFactors([], "Night shift alone", now).MustSucceed();
            review.AddAction("Roster two workers on evenings.", "Operations manager", new DateOnly(2027, 2, 28), now).MustSucceed();
        });
        var manager = await FormClient.SignedInAsync(app, Investigator);

        var response = await manager.Http.GetAsync($"/Reviews/{id}/Pdf");

        Assert.EndsWith("-rca-review.pdf", response.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
        var text = Words(await PdfReportWriterTests.PdfTextAsync(await response.Content.ReadAsByteArrayAsync()));
        foreach (var expected in new[]
        {
            "RCA review report", "Review manager details", "Review team", "Robin, the practice lead and a nurse.", "Timeline", "21/11/2026 19:40",
            "Jo transferred to bed by one worker.", "Root causes", "Root cause 1", "The roster leaves one worker on evenings.", "Contributing factors",
            "Other: Night shift alone", "RCA report (findings)", "Falls follow transfers done alone.", "Response plan", "Roster two workers on evenings.",
            "Approval", "Not yet approved",
        })
            Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_AnotherOrganisation_IsNotFound()
    {
        var (_, id) = await OpenedAsync(app);
        var other = await FormClient.SignedInAsync(app, "delegate@agency-two.example");

        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/Reviews/{id}/Pdf")).StatusCode);
    }

    /// <summary>The text with every run of white space (line wraps, the label column) as one space.</summary>
    private static string Words(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}

public sealed class SqliteReviewPdfTests(SqliteApp app) : ReviewPdfTests<SqliteApp>(app);

public sealed class PostgresReviewPdfTests(PostgresApp app) : ReviewPdfTests<PostgresApp>(app);
