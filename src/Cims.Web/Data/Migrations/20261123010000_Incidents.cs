using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cims.Web.Data.Migrations;

/// <summary>Client incidents: the report, its clients and others involved, status history and addendums.</summary>
[DbContext(typeof(CimsDbContext))]
[Migration(Id)]
public sealed class Incidents : Migration
{
    public const string Id = "20261123010000_Incidents";

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Load(migrationBuilder.ActiveProvider, Id));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "IncidentAddendums", "IncidentStatusChanges", "IncidentOthers", "IncidentClients", "Incidents" })
            migrationBuilder.DropTable(table);
    }
}
