using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cims.Web.Data.Migrations;

/// <summary>Files attached to incident reports: metadata, and the bytes in a table of their own.</summary>
[DbContext(typeof(CimsDbContext))]
[Migration(Id)]
public sealed class IncidentAttachments : Migration
{
    public const string Id = "20261123020000_IncidentAttachments";

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Load(migrationBuilder.ActiveProvider, Id));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("IncidentAttachmentContents");
        migrationBuilder.DropTable("IncidentAttachments");
    }
}
