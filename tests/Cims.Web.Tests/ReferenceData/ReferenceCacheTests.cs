using System.Net;
using Cims.Domain.Reference;
using Cims.Web.Features.Shared;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cims.Web.Tests.ReferenceData.PageForms;

namespace Cims.Web.Tests.ReferenceData;

/// <summary>The reference lists a node keeps (ADR 0039) never outlive a change saved on that node.</summary>
public abstract class ReferenceCacheTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private async Task<IReadOnlyList<string>> OfferedAsync(string list)
    {
        using var scope = app.Services.CreateScope();
        return [.. (await scope.ServiceProvider.GetRequiredService<ReportChoices>().OptionsAsync(list, CancellationToken.None)).Select(c => c.Value)];
    }

    [Fact]
    public async Task OptionRetiredByTheAdministrator_NoLongerOfferedAtOnce()
    {
        Assert.Contains("POLICE", await OfferedAsync(OptionLists.ConsultationTaken));
        var id = await app.WithDbAsync(db => db.OptionItems.Where(o => o.List == OptionLists.ConsultationTaken && o.Code == "POLICE").Select(o => o.Id).SingleAsync());

        var response = await (await FormClient.SignedInAsync(app, AdminEmail)).SubmitAsync(
            $"/ReferenceData/ConsultationTaken/{id}/Edit", f => f["ValidTo"] = "01/01/2001");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("POLICE", await OfferedAsync(OptionLists.ConsultationTaken));
    }
}

public sealed class SqliteReferenceCacheTests(SqliteApp app) : ReferenceCacheTests<SqliteApp>(app);

public sealed class PostgresReferenceCacheTests(PostgresApp app) : ReferenceCacheTests<PostgresApp>(app);
