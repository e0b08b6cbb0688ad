using System.Net;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.Incidents.Attachments.AttachmentClient;

namespace Cims.Web.Tests.Incidents.Attachments;

/// <summary>
/// Where an upload goes: into the database under an id CIMS makes, its uploaded name only a cleaned label, never a
/// path on the server (ASVS 5.3.1, 5.3.2). Not data-dependent, so SQLite only.
/// </summary>
public sealed class UploadLimitTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Upload_StoredUnderTheDatabasesIdNeverTheUploadedName()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.Draft);
        var client = await FormClient.SignedInAsync(app, Reporter);

        var response = await UploadAsync(client, id, @"..\..\..\wwwroot\js\planted-evil.png", TestFiles.Png);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = Assert.Single(await StoredAsync(app, id));
        Assert.Equal("planted-evil.png", stored.FileName);
        Assert.DoesNotContain(FilesUnder(app.Database.Folder), f => f.Contains("planted-evil", StringComparison.Ordinal));
        Assert.DoesNotContain(FilesUnder(AppContext.BaseDirectory), f => f.Contains("planted-evil", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/js/planted-evil.png")).StatusCode);
        var download = await client.Http.GetAsync($"/Incidents/{id}/Attachments/{stored.Id}");
        Assert.Equal(TestFiles.Png, await download.Content.ReadAsByteArrayAsync());
    }

    private static List<string> FilesUnder(string folder) => [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)];
}
