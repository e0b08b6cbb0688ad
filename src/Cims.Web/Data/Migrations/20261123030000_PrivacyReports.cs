using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cims.Web.Data.Migrations;

/// <summary>Privacy incident reports made through the public form: the draft behind its token, service and reporting officer.</summary>
[DbContext(typeof(CimsDbContext))]
[Migration(Id)]
public sealed class PrivacyReports : Migration
{
    public const string Id = "20261123030000_PrivacyReports";

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Load(migrationBuilder.ActiveProvider, Id));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("PrivacyReports");
}
