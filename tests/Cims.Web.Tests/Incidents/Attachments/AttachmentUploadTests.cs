using System.Net;
using Cims.Domain.Incidents;
using Cims.Web.Features.Incidents.Attachments;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.Incidents.Attachments.AttachmentClient;

namespace Cims.Web.Tests.Incidents.Attachments;

public abstract class AttachmentUploadTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Upload_PdfAndPng_ListedDownloadableAndAudited()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.Draft);
        var client = await FormClient.SignedInAsync(app, Reporter);

        var pdf = await UploadAsync(client, id, @"C:\scans\body map.pdf", TestFiles.Pdf, "Body map drawn by the nurse");
        var png = await UploadAsync(client, id, "bruise.png", TestFiles.Png);

        Assert.Equal(StepUrl(id), pdf.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, png.StatusCode);
        var rows = (await client.GetPageAsync(StepUrl(id))).QuerySelectorAll("#attachments tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("body map.pdf", rows[0]);
        Assert.Contains("Body map drawn by the nurse", rows[0]);
        Assert.Contains("PNG picture", rows[1]);
        Assert.Contains("Riley Reporter", rows[1]);
        var stored = await StoredAsync(app, id);
        Assert.Equal([ContentSniffer.Pdf, ContentSniffer.Png], stored.Select(a => a.ContentType));
        foreach (var (attachment, bytes) in stored.Zip([TestFiles.Pdf, TestFiles.Png]))
        {
            var download = await client.Http.GetAsync($"/Incidents/{id}/Attachments/{attachment.Id}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal(attachment.ContentType, download.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal(attachment.FileName, download.Content.Headers.ContentDisposition.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        }

        var added = await AuditAsync(app, UploadAttachment.AddedAction, id);
        Assert.Equal(2, added.Count);
        Assert.Contains("body map.pdf", added[0]);
        Assert.Contains(stored[0].Sha256, added[0]);
        Assert.Equal(2, (await AuditAsync(app, DownloadAttachment.DownloadedAction, id)).Count);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("exe")]
    [InlineData("svg")]
    public async Task Upload_PhotoPngThatIsNotAPicture_IsRefusedBesideTheField(string kind)
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.Draft);
        var client = await FormClient.SignedInAsync(app, Reporter);
        var data = kind switch { "html" => TestFiles.Html, "exe" => TestFiles.Exe, _ => TestFiles.Svg };

        var response = await UploadAsync(client, id, "photo.png", data);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AttachmentErrors.NotAllowed.Message, FileError(await FormClient.ParseAsync(response)));
        Assert.Empty(await StoredAsync(app, id));
    }

    [Fact]
    public async Task Upload_DocxThatIsAZipWithoutWordContent_IsRefused()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.Draft);
        var client = await FormClient.SignedInAsync(app, Reporter);

        var plain = await UploadAsync(client, id, "notes.docx", TestFiles.PlainZip());
        var word = await UploadAsync(client, id, "notes.docx", TestFiles.Docx());

        Assert.Equal(AttachmentErrors.NotAllowed.Message, FileError(await FormClient.ParseAsync(plain)));
        Assert.Equal(HttpStatusCode.Redirect, word.StatusCode);
        Assert.Equal(ContentSniffer.Docx, Assert.Single(await StoredAsync(app, id)).ContentType);
    }

    [Fact]
    public async Task Upload_EmptyFile_SaysItIsEmpty()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.Draft);
        var client = await FormClient.SignedInAsync(app, Reporter);

        var response = await UploadAsync(client, id, "empty.pdf", []);

        var page = await FormClient.ParseAsync(response);
        Assert.Equal(AttachmentErrors.Empty.Message, FileError(page));
        Assert.Contains(AttachmentErrors.Empty.Message, page.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task Upload_11MegabyteFile_GivesTheSizeMessageNotAnError()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.Draft);
        var client = await FormClient.SignedInAsync(app, Reporter);
        byte[] big = [.. TestFiles.Pdf, .. new byte[11 * 1024 * 1024]];
        byte[] justOver = [.. TestFiles.Pdf, .. new byte[(int)AttachmentErrors.MaxFileBytes]];

        var refused = await UploadAsync(client, id, "scan.pdf", big);
        var overByLittle = await UploadAsync(client, id, "scan.pdf", justOver);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var page = await client.GetPageAsync(refused.Headers.Location!.OriginalString);
        Assert.Equal(AttachmentErrors.TooLarge.Message, FileError(page));
        Assert.Equal(AttachmentErrors.TooLarge.Message, FileError(await FormClient.ParseAsync(overByLittle)));
        Assert.Empty(await StoredAsync(app, id));
    }

    [Fact]
    public async Task Upload_EleventhFile_IsRefused()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.Draft);
        var client = await FormClient.SignedInAsync(app, Reporter);
        for (var i = 1; i <= AttachmentErrors.MaxFiles; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(client, id, $"page {i}.pdf", TestFiles.Pdf)).StatusCode);

        var eleventh = await UploadAsync(client, id, "page 11.pdf", TestFiles.Pdf);

        Assert.Equal(AttachmentErrors.TooMany.Message, FileError(await FormClient.ParseAsync(eleventh)));
        Assert.Equal(AttachmentErrors.MaxFiles, (await StoredAsync(app, id)).Count);
        Assert.NotNull((await client.GetPageAsync(StepUrl(id))).QuerySelector("#attachments-full"));
    }

    [Fact]
    public async Task Upload_DelegateWhileAwaitingEndorsement_IsAddedAndShownOnTheIncidentPage()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.AwaitingEndorsement);
        var client = await FormClient.SignedInAsync(app, "delegate@agency-one.example");

        var response = await UploadAsync(client, id, "notes.txt", TestFiles.Text);

        Assert.Equal($"/Incidents/{id}/Attachments", response.Headers.Location!.OriginalString);
        var page = await client.GetPageAsync($"/Incidents/{id}");
        Assert.Contains("notes.txt", page.QuerySelector("#attachments")!.TextContent);
        Assert.NotNull(page.QuerySelector($"#attachments a[href^='/Incidents/{id}/Attachments/']"));
        var reporter = await FormClient.SignedInAsync(app, Reporter);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(reporter, id, "more.txt", TestFiles.Text)).StatusCode);
        Assert.Single(await StoredAsync(app, id));
    }
}

public sealed class SqliteAttachmentUploadTests(SqliteApp app) : AttachmentUploadTests<SqliteApp>(app);

public sealed class PostgresAttachmentUploadTests(PostgresApp app) : AttachmentUploadTests<PostgresApp>(app);
