using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cims.Web.Data.Migrations;

/// <summary>Identity, organisations, reference data, audit log and Data Protection keys.</summary>
[DbContext(typeof(CimsDbContext))]
[Migration(Id)]
public sealed class Initial : Migration
{
    public const string Id = "20261123000000_Initial";

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Load(migrationBuilder.ActiveProvider, Id));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("The initial migration cannot be reverted: restore the database from a backup.");
}
