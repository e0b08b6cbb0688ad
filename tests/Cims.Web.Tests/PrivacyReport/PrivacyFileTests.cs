using System.Net;
using Cims.Domain.Privacy;
using Cims.Web.Features.Incidents.Attachments;
using Cims.Web.Features.Privacy.Containment;
using Cims.Web.Tests.Incidents.Attachments;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.PrivacyReport.ContainmentClient;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>"Upload a file" on stage 6: upload, limits, removal, and who may download (the draft's browser, department staff).</summary>
public abstract class PrivacyFileTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : PrivacyApp
{
    private static readonly KeyValuePair<string, string> Typed = new("ActionsTaken", "Phoned the recipient at 10:15.");

    [Fact]
    public async Task Upload_Png_ListedWithTypedValuesKeptDownloadableAndAudited()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);

        var response = await UploadAsync(client, @"C:\scans\screen shot.png", TestFiles.Png, Typed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal(["screen shot.png"], Listed(page));
        Assert.Equal("screen shot.png was uploaded.", page.QuerySelector("#file-notice")!.TextContent.Trim());
        Assert.Equal(Typed.Value, page.QuerySelector("#ActionsTaken")!.TextContent.Trim());
        Assert.Null(page.QuerySelector(".error-summary"));
        Assert.Null(await SavedAsync(app, id));
        var stored = Assert.Single(await FilesAsync(app, id));
        Assert.Equal(ContentSniffer.Png, stored.ContentType);
        Assert.Contains(stored.Sha256, Assert.Single(await AuditAsync(app, PrivacyFiles.AddedAction, id)));

        var download = await client.Http.GetAsync(page.QuerySelector("#privacy-files a")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(TestFiles.Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(ContentSniffer.Png, download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("screen shot.png", download.Content.Headers.ContentDisposition.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Upload_SameFileAgain_AsARefreshedPageWould_IsStoredOnce()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        await UploadAsync(client, "letter.png", TestFiles.Png, Typed);

        var page = await FormClient.ParseAsync(await UploadAsync(client, "letter.png", TestFiles.Png, Typed));

        Assert.Equal(["letter.png"], Listed(page));
        Assert.Equal("letter.png was uploaded.", page.QuerySelector("#file-notice")!.TextContent.Trim());
        Assert.Single(await FilesAsync(app, id));
        Assert.Single(await AuditAsync(app, PrivacyFiles.AddedAction, id));
    }

    [Theory]
    [InlineData("setup.exe", "exe")]
    [InlineData("report.pdf", "html")]
    public async Task Upload_FileThatIsNotAnAllowedType_IsRefusedBesideTheField(string name, string kind)
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);

        var response = await UploadAsync(client, name, kind == "exe" ? TestFiles.Exe : TestFiles.Html, Typed);

        var page = await FormClient.ParseAsync(response);
        Assert.Equal(PrivacyFileErrors.NotAllowed.Message, Error(page, "File"));
        Assert.Contains(PrivacyFileErrors.NotAllowed.Message, Summary(page));
        Assert.Equal(Typed.Value, page.QuerySelector("#ActionsTaken")!.TextContent.Trim());
        Assert.Empty(await FilesAsync(app, id));
    }

    [Fact]
    public async Task Upload_Over10Megabytes_GivesTheSizeMessageNotAnError()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        byte[] big = [.. TestFiles.Pdf, .. new byte[11 * 1024 * 1024]];
        byte[] justOver = [.. TestFiles.Pdf, .. new byte[(int)PrivacyFileErrors.MaxFileBytes]];

        var refused = await UploadAsync(client, "scan.pdf", big);
        var overByLittle = await UploadAsync(client, "scan.pdf", justOver);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(PrivacyFileErrors.TooLarge.Message, Error(await client.GetPageAsync(refused.Headers.Location!.OriginalString), "File"));
        Assert.Equal(HttpStatusCode.OK, overByLittle.StatusCode);
        Assert.Equal(PrivacyFileErrors.TooLarge.Message, Error(await FormClient.ParseAsync(overByLittle), "File"));
        Assert.Empty(await FilesAsync(app, id));
    }

    [Fact]
    public async Task Upload_SixthFile_IsRefused()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        for (var i = 1; i <= PrivacyReportFile.MaxPerReport; i++)
            Assert.Null(Error(await FormClient.ParseAsync(await UploadAsync(client, $"page {i}.pdf", [.. TestFiles.Pdf, (byte)i])), "File"));

        var sixth = await FormClient.ParseAsync(await UploadAsync(client, "page 6.pdf", [.. TestFiles.Pdf, 6]));

        Assert.Equal(PrivacyFileErrors.TooMany.Message, Error(sixth, "File"));
        Assert.Equal(5, Listed(sixth).Count);
        Assert.NotNull(sixth.QuerySelector("#files-full"));
        Assert.Equal(PrivacyReportFile.MaxPerReport, (await FilesAsync(app, id)).Count);
    }

    [Fact]
    public async Task Upload_WithoutAFile_SaysChooseAFile()
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);

        var page = await FormClient.ParseAsync(await PostAsync(client, [Typed, new("Nav", "upload")]));

        Assert.Equal(PrivacyFileErrors.NoFile.Message, Error(page, "File"));
        Assert.Null(Error(page, "InformationDisclosed"));
    }

    [Fact]
    public async Task Remove_ListedFile_RemovesItKeepsTypedValuesAndAudits()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        await UploadAsync(client, "letter.pdf", TestFiles.Pdf);
        var fileId = Assert.Single(await FilesAsync(app, id)).Id;

        var page = await FormClient.ParseAsync(await PostAsync(client, [Typed, new("RemoveFileId", fileId.ToString(System.Globalization.CultureInfo.InvariantCulture))]));

        Assert.Empty(Listed(page));
        Assert.Equal("letter.pdf was removed.", page.QuerySelector("#file-notice")!.TextContent.Trim());
        Assert.Equal(Typed.Value, page.QuerySelector("#ActionsTaken")!.TextContent.Trim());
        Assert.Empty(await FilesAsync(app, id));
        Assert.Contains("letter.pdf", Assert.Single(await AuditAsync(app, PrivacyFiles.RemovedAction, id)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/PrivacyReport/Files/{fileId}")).StatusCode);
    }

    [Fact]
    public async Task Cancel_DraftWithAFile_DeletesTheFileToo()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        await UploadAsync(client, "letter.pdf", TestFiles.Pdf);
        var fileId = Assert.Single(await FilesAsync(app, id)).Id;

        await client.PostFormAsync("/PrivacyReport/Cancel?stage=Containment", "/PrivacyReport/Cancel", []);

        Assert.Empty(await FilesAsync(app, id));
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/PrivacyReport/Files/{fileId}")).StatusCode);
    }

    [Fact]
    public async Task Next_WithAFileChosen_StoresTheFileAndSavesTheStage()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);

        var response = await PostAsync(client, Valid(), "notes.txt", TestFiles.Text);

        Assert.Equal("/PrivacyReport/Declaration", response.Headers.Location?.OriginalString);
        Assert.Equal("notes.txt", Assert.Single(await FilesAsync(app, id)).FileName);
        Assert.NotNull(await SavedAsync(app, id));
    }

    [Fact]
    public async Task Download_AnotherBrowserOrNoCookie_Gets404()
    {
        var (owner, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        await UploadAsync(owner, "letter.pdf", TestFiles.Pdf);
        var fileId = Assert.Single(await FilesAsync(app, id)).Id;
        var (stranger, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        var noCookie = FormClient.For(app);
        var department = await FormClient.SignedInAsync(app, "staff@department.example");

        Assert.Equal(HttpStatusCode.OK, (await owner.Http.GetAsync($"/PrivacyReport/Files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/PrivacyReport/Files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await noCookie.Http.GetAsync($"/PrivacyReport/Files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await department.Http.GetAsync($"/Department/Privacy/{id}/Files/{fileId}")).StatusCode);
    }

    [Fact]
    public async Task Download_SubmittingBrowserAfterSubmission_StillGetsTheFile()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        await PostAsync(client, Valid(), "letter.pdf", TestFiles.Pdf);
        var fileId = Assert.Single(await FilesAsync(app, id)).Id;
        await app.WithDbAsync(async db =>
        {
            var report = await db.PrivacyReports.FindAsync(id);
            Assert.False(report!.Submit($"PIR-T-{id}", PrivacyReportBuilder.Now.AddDays(1), DateTimeOffset.UtcNow).Failed);
            return await db.SaveChangesAsync();
        });

        var download = await client.Http.GetAsync($"/PrivacyReport/Files/{fileId}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(TestFiles.Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Download_DepartmentStaffOnSubmittedReport_GetsTheFileAndIsAudited()
    {
        var (id, fileId) = await SubmittedWithFileAsync();
        var staff = await FormClient.SignedInAsync(app, "staff@department.example");

        var download = await staff.Http.GetAsync($"/Department/Privacy/{id}/Files/{fileId}");
        var wrongReport = await staff.Http.GetAsync($"/Department/Privacy/{id + 1000}/Files/{fileId}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(TestFiles.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("evidence.pdf", Assert.Single(await AuditAsync(app, DownloadPrivacyFile.DownloadedAction, id)));
        Assert.Equal(HttpStatusCode.NotFound, wrongReport.StatusCode);
    }

    [Fact]
    public async Task Download_AgencyUserOrAnonymousOnDepartmentRoute_DoesNotGetTheFile()
    {
        var (id, fileId) = await SubmittedWithFileAsync();
        var agency = await FormClient.SignedInAsync(app, "reporter@agency-one.example");
        var anonymous = FormClient.For(app);

        var byAgency = await agency.Http.GetAsync($"/Department/Privacy/{id}/Files/{fileId}");
        var byAnonymous = await anonymous.Http.GetAsync($"/Department/Privacy/{id}/Files/{fileId}");

        Assert.Equal(HttpStatusCode.Redirect, byAgency.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", byAgency.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.NotEqual(TestFiles.Pdf, await byAgency.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Redirect, byAnonymous.StatusCode);
        Assert.Contains("/Account/Login", byAnonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Empty(await AuditAsync(app, DownloadPrivacyFile.DownloadedAction, id));
    }

    private async Task<(int ReportId, int FileId)> SubmittedWithFileAsync()
    {
        var id = await PrivacyReportBuilder.SubmittedAsync(app);
        var fileId = await app.WithDbAsync(async db =>
        {
            var file = PrivacyReportFile.Create(id, "evidence.pdf", ContentSniffer.Pdf, TestFiles.Pdf, PrivacyReportBuilder.Now);
            db.PrivacyReportFiles.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });
        return (id, fileId);
    }
}

public sealed class SqlitePrivacyFileTests(SqlitePrivacyApp app) : PrivacyFileTests<SqlitePrivacyApp>(app);

public sealed class PostgresPrivacyFileTests(PostgresPrivacyApp app) : PrivacyFileTests<PostgresPrivacyApp>(app);
