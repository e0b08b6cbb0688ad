using System.Diagnostics;
using System.Globalization;
using System.Net;
using Cims.Domain.Incidents;
using Cims.Web.Features.Incidents.Pdf;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.Pdf;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Cims.Web.Tests.Incidents.Pdf;

public abstract class IncidentPdfTests<TApp>(TApp app, ITestOutputHelper output) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Pdf_SubmittedIncident_HasNumberClientsSubjectActionsAndHistory()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        var number = await app.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.Number!).SingleAsync());
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var response = await client.Http.GetAsync($"/Incidents/{id}/Pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"{number}.pdf", response.Content.Headers.ContentDisposition.FileName);
        var text = await PdfReportWriterTests.PdfTextAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains($"Client incident report {number}", text, StringComparison.Ordinal);
        Assert.Contains("Jo Citizen", text, StringComparison.Ordinal);
        Assert.Contains("Sam Citizen", text, StringComparison.Ordinal);
        Assert.Contains("Pat Staff", text, StringComparison.Ordinal);
        Assert.Contains("Client safety, health and wellbeing secured", text, StringComparison.Ordinal);
        Assert.Contains("Victoria Police or other emergency services notified", text, StringComparison.Ordinal);
        Assert.Contains("Draft → Awaiting endorsement", text, StringComparison.Ordinal);
        Assert.Contains("Awaiting endorsement → Submitted to the department", text, StringComparison.Ordinal);
        Assert.Contains("Female", text, StringComparison.Ordinal);
        Assert.Contains("Physical abuse", text, StringComparison.Ordinal);
        Assert.Contains("CIMS – printed ", text, StringComparison.Ordinal);
        Assert.Contains("by Sam Staff", text, StringComparison.Ordinal);
        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync(
            a => a.Action == "incident.pdf_downloaded" && a.EntityId == id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task Pdf_ReporterAwaitingEndorsement_GetsItUnnumbered()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.AwaitingEndorsement);
        var client = await FormClient.SignedInAsync(app, "reporter@agency-one.example");

        var response = await client.Http.GetAsync($"/Incidents/{id}/Pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"incident-{id}-draft.pdf", response.Content.Headers.ContentDisposition!.FileName);
        var text = await PdfReportWriterTests.PdfTextAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Client incident report Not yet submitted", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_OtherAgencysIncident_Returns404()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        var client = await FormClient.SignedInAsync(app, "reporter@agency-two.example");

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Incidents/{id}/Pdf")).StatusCode);
    }

    [Fact]
    public async Task Pdf_OwnDraft_Returns404()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.Draft);
        var client = await FormClient.SignedInAsync(app, "reporter@agency-one.example");

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Incidents/{id}/Pdf")).StatusCode);
    }

    [Fact]
    public async Task Render_SubmittedIncident_TakesLittleTime()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        var (incident, names) = await app.WithDbAsync(async db =>
        {
            var found = await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id);
            return (found, await IncidentPdfNames.LoadAsync(db, found, CancellationToken.None));
        });

        var first = Stopwatch.StartNew();
        var bytes = IncidentPdf.Render(incident, names, "Sam Staff", IncidentBuilder.Now);
        first.Stop();
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
            IncidentPdf.Render(incident, names, "Sam Staff", IncidentBuilder.Now);
        warm.Stop();

        output.WriteLine($"PDF render: first {first.Elapsed.TotalMilliseconds:F0} ms, warm {warm.Elapsed.TotalMilliseconds / 10:F1} ms, {bytes.Length} bytes");
        Assert.True(warm.Elapsed.TotalMilliseconds / 10 < 1000, "A warm render takes under a second.");
    }
}

public sealed class SqliteIncidentPdfTests(SqliteApp app, ITestOutputHelper output) : IncidentPdfTests<SqliteApp>(app, output);

public sealed class PostgresIncidentPdfTests(PostgresApp app, ITestOutputHelper output) : IncidentPdfTests<PostgresApp>(app, output);
