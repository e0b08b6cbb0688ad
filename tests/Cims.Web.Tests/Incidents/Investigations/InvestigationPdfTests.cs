using System.Net;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.Pdf;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Incidents.Investigations;

/// <summary>The plan and the outcome report as PDFs, with the template's sections, and the combined follow-up's report.</summary>
public abstract class InvestigationPdfTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task PlanPdf_HasTheTemplateSectionsFilledFromTheReportAndThePlan()
    {
        var (incidentId, id) = await InProgressAsync(app);
        var number = await app.WithDbAsync(db => db.Incidents.Where(i => i.Id == incidentId).Select(i => i.Number!).SingleAsync());
        var client = await FormClient.SignedInAsync(app, DelegateEmail);

        var response = await client.Http.GetAsync($"/Investigations/{id}/Plan/Pdf");

        Assert.Equal($"{number}-plan.pdf", response.Content.Headers.ContentDisposition!.FileName);
        var text = await PdfReportWriterTests.PdfTextAsync(await response.Content.ReadAsByteArrayAsync());
        foreach (var expected in new[] { $"Investigation plan – incident {number}", "Service details", "Investigation manager details", "Senior practitioner", "Incident summary", "Jo Citizen", "Pat Staff", "Investigation approach", "24/11/2026 to 18/12/2026", "Victoria Police response", "Plan approval", "Endorsed by Test Builder" })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "investigation.pdf_downloaded")));
    }

    [Fact]
    public async Task OutcomePdf_Approved_HasFindingsResponseAndApproval()
    {
        var (_, id) = await OutcomeSubmittedAsync(app, approve: true);
        var client = await FormClient.SignedInAsync(app, InvestigationBuilder.DepartmentStaff);

        var text = Words(await PdfReportWriterTests.PdfTextAsync(await (await client.Http.GetAsync($"/Investigations/{id}/Report/Pdf")).Content.ReadAsByteArrayAsync()));

        foreach (var expected in new[] { "Investigation report", "Allegations, findings and outcomes", "Pat Staff – Physical abuse – Jo Citizen", "Finding: Substantiated. Reasons: Two staff saw it.", "The organisation's response", "stood down", "Approved by Test Builder" })
            Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CombinedFollowUp_OutcomeReport_HasTheOutcomeTemplateSections()
    {
        var (incidentId, id) = await InProgressAsync(app);
        await app.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"UPDATE \"Investigations\" SET \"FollowUp\" = {nameof(FollowUpAction.InvestigationOutcomeCaseReview)} WHERE \"Id\" = {id}");
            return 0;
        });
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var form = await manager.GetPageAsync($"/Investigations/{id}/Outcome");
        Assert.NotNull(form.QuerySelector("#CommunicationStrategy"));
        Assert.Null(form.QuerySelector("#OrganisationResponse"));
        await manager.PostWithTokenAsync($"/Investigations/{id}/Outcome", FormClient.Token(form),
        [
            new("Version", Version(form)), new("FollowUp", "InvestigationOutcomeCaseReview"), new("Action", "save"),
            new("ReviewRationale", "Questions about night-shift practice."), new("CommunicationStrategy", "Jo's family told by the manager."), new("ResponsePlan", "Two staff at night."),
        ]);

        var report = await manager.GetPageAsync($"/Investigations/{id}/Report");
        var headings = report.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(
        [
            "1. Incident reference number", "2. Service provider details", "3. Incident details", "4. Allegations, findings and outcomes",
            "5. Rationale for the review", "6. Communication strategy", "7. Incident response plan", "Approval",
        ], headings);
        Assert.Contains("Questions about night-shift practice.", report.QuerySelector("[data-report-rationale]")!.TextContent);
        var text = await PdfReportWriterTests.PdfTextAsync(await (await manager.Http.GetAsync($"/Investigations/{id}/Report/Pdf")).Content.ReadAsByteArrayAsync());
        foreach (var expected in new[] { "Investigation outcome report", "Rationale for the review", "Communication strategy", "Jo's family told", "Incident response plan" })
            Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    /// <summary>The text with every run of white space (line wraps, the label column) as one space.</summary>
    private static string Words(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    [Fact]
    public async Task Pdfs_AnotherOrganisation_AreNotFound()
    {
        var (_, id) = await InProgressAsync(app);
        var other = await FormClient.SignedInAsync(app, OtherDelegate);

        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/Investigations/{id}/Plan/Pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/Investigations/{id}/Report/Pdf")).StatusCode);
    }
}

public sealed class SqliteInvestigationPdfTests(SqliteApp app) : InvestigationPdfTests<SqliteApp>(app);

public sealed class PostgresInvestigationPdfTests(PostgresApp app) : InvestigationPdfTests<PostgresApp>(app);
