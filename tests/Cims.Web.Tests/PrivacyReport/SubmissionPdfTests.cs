using System.Globalization;
using System.Net;
using Cims.Domain.Privacy;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.Pdf;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>The PDF receipt: for the submitting browser and department staff only, with every person and the declaration.</summary>
public abstract class SubmissionPdfTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : PrivacyApp
{
    [Fact]
    public async Task Pdf_SubmittingBrowser_HasNumberPeopleLabelsAndDeclaration()
    {
        var (client, id) = await SubmissionDrafts.SubmittedAsync(app, people: 2);
        var number = await NumberAsync(id);
        await app.WithDbAsync(db =>
        {
            db.PrivacyReportFiles.Add(PrivacyReportFile.Create(id, "letter-scan.pdf", "application/pdf", [1, 2, 3], DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        });

        var response = await client.Http.GetAsync("/PrivacyReport/Submitted/Pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{number}.pdf", response.Content.Headers.ContentDisposition!.FileName);
        var text = await PdfReportWriterTests.PdfTextAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Privacy Incident Report", text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("Alex Person1", text, StringComparison.Ordinal);
        Assert.Contains("Alex Person2", text, StringComparison.Ordinal);
        Assert.Contains("Agency One Community Services", text, StringComparison.Ordinal);
        Assert.Contains("IPP 2 – Use and Disclosure", text, StringComparison.Ordinal);
        Assert.Contains("Neither Aboriginal nor Torres Strait Islander origin", text, StringComparison.Ordinal);
        Assert.Contains("Legal team", text, StringComparison.Ordinal);
        Assert.Contains("letter-scan.pdf", text, StringComparison.Ordinal);
        Assert.Contains("Declared by Jane Citizen on", text, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(
            a => a.Action == "privacy.pdf_downloaded" && a.EntityId == id.ToString(CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("analyst@department.example")]
    [InlineData("staff@department.example")]
    public async Task DepartmentPdf_DepartmentUser_Downloads(string email)
    {
        var (_, id) = await SubmissionDrafts.SubmittedAsync(app);
        var client = await FormClient.SignedInAsync(app, email);

        var response = await client.Http.GetAsync($"/Department/Privacy/{id}/Pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(await NumberAsync(id), await PdfReportWriterTests.PdfTextAsync(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DepartmentPdf_Draft_Returns404()
    {
        var (_, id) = await SubmissionDrafts.ReadyAsync(app);
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Department/Privacy/{id}/Pdf")).StatusCode);
    }

    [Theory]
    [InlineData("reporter@agency-one.example")]
    [InlineData("delegate@agency-two.example")]
    public async Task DepartmentPdf_AgencyUser_IsRefused(string email)
    {
        var (_, id) = await SubmissionDrafts.SubmittedAsync(app);
        var client = await FormClient.SignedInAsync(app, email);

        var response = await client.Http.GetAsync($"/Department/Privacy/{id}/Pdf");

        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DepartmentPdf_Anonymous_IsSentToSignIn()
    {
        var (stranger, id) = await SubmissionDrafts.SubmittedAsync(app);

        var response = await stranger.Http.GetAsync($"/Department/Privacy/{id}/Pdf");

        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<string> NumberAsync(int id) =>
        await app.WithDbAsync(db => db.PrivacyReports.Where(r => r.Id == id).Select(r => r.ReportNumber!).SingleAsync());
}

public sealed class SqliteSubmissionPdfTests(SqlitePrivacyApp app) : SubmissionPdfTests<SqlitePrivacyApp>(app);

public sealed class PostgresSubmissionPdfTests(PostgresPrivacyApp app) : SubmissionPdfTests<PostgresPrivacyApp>(app);
