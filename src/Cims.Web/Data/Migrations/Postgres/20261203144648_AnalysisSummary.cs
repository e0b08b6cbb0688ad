using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cims.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnalysisSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The drill-down list's order (newest occurred first), so its first pages come from the index, not a sort of
            // every incident. Across an owned type and its owner: written by hand (README, "Performance at a million incidents").
            migrationBuilder.Sql("""CREATE INDEX "IX_Incidents_AnalysisOrder" ON "Incidents" ("Dates_OccurredOn" DESC, "Id" DESC);""");

            migrationBuilder.CreateTable(
                name: "AnalysisCells",
                columns: table => new
                {
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Department = table.Column<int>(type: "integer", nullable: false),
                    OccurredMonth = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    AreaId = table.Column<int>(type: "integer", nullable: false),
                    ProgramId = table.Column<int>(type: "integer", nullable: false),
                    ServiceTypeId = table.Column<int>(type: "integer", nullable: false),
                    TypeId = table.Column<int>(type: "integer", nullable: false),
                    Impact = table.Column<int>(type: "integer", nullable: false),
                    Incidents = table.Column<int>(type: "integer", nullable: false),
                    ReportsDue = table.Column<int>(type: "integer", nullable: false),
                    ReportsOnTime = table.Column<int>(type: "integer", nullable: false),
                    AboriginalClient = table.Column<int>(type: "integer", nullable: false),
                    SubjectStaff = table.Column<int>(type: "integer", nullable: false),
                    SubjectCarer = table.Column<int>(type: "integer", nullable: false),
                    SubjectClient = table.Column<int>(type: "integer", nullable: false),
                    SubjectOther = table.Column<int>(type: "integer", nullable: false),
                    SubjectUnknown = table.Column<int>(type: "integer", nullable: false),
                    InvestigationsOnTime = table.Column<int>(type: "integer", nullable: false),
                    InvestigationsLate = table.Column<int>(type: "integer", nullable: false),
                    ReviewsOnTime = table.Column<int>(type: "integer", nullable: false),
                    ReviewsLate = table.Column<int>(type: "integer", nullable: false),
                    OutcomesOnTime = table.Column<int>(type: "integer", nullable: false),
                    OutcomesLate = table.Column<int>(type: "integer", nullable: false),
                    InvestigationsOverdue = table.Column<int>(type: "integer", nullable: false),
                    ReviewsOverdue = table.Column<int>(type: "integer", nullable: false),
                    ExtensionsRequested = table.Column<int>(type: "integer", nullable: false),
                    ExtensionsPending = table.Column<int>(type: "integer", nullable: false),
                    ExtensionsApproved = table.Column<int>(type: "integer", nullable: false),
                    ExtensionsDeclined = table.Column<int>(type: "integer", nullable: false),
                    Actions = table.Column<int>(type: "integer", nullable: false),
                    ActionsDone = table.Column<int>(type: "integer", nullable: false),
                    ActionsNotAccepted = table.Column<int>(type: "integer", nullable: false),
                    ActionsOpen = table.Column<int>(type: "integer", nullable: false),
                    ActionsOverdue = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysisCells", x => new { x.Level, x.Department, x.OccurredMonth, x.OrganisationId, x.AreaId, x.ProgramId, x.ServiceTypeId, x.TypeId, x.Impact });
                });

            migrationBuilder.CreateTable(
                name: "AnalysisFindingCells",
                columns: table => new
                {
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Department = table.Column<int>(type: "integer", nullable: false),
                    OccurredMonth = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    AreaId = table.Column<int>(type: "integer", nullable: false),
                    ProgramId = table.Column<int>(type: "integer", nullable: false),
                    ServiceTypeId = table.Column<int>(type: "integer", nullable: false),
                    TypeId = table.Column<int>(type: "integer", nullable: false),
                    Impact = table.Column<int>(type: "integer", nullable: false),
                    AllegationType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Findings = table.Column<int>(type: "integer", nullable: false),
                    Substantiated = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysisFindingCells", x => new { x.Level, x.Department, x.OccurredMonth, x.OrganisationId, x.AreaId, x.ProgramId, x.ServiceTypeId, x.TypeId, x.Impact, x.AllegationType });
                });

            migrationBuilder.CreateTable(
                name: "AnalysisSummaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    BuiltAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Incidents = table.Column<int>(type: "integer", nullable: false),
                    Cells = table.Column<int>(type: "integer", nullable: false),
                    BuildMilliseconds = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysisSummaries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnalysisCells_OrganisationId_Level_OccurredMonth",
                table: "AnalysisCells",
                columns: new[] { "OrganisationId", "Level", "OccurredMonth" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Incidents_AnalysisOrder";""");

            migrationBuilder.DropTable(
                name: "AnalysisCells");

            migrationBuilder.DropTable(
                name: "AnalysisFindingCells");

            migrationBuilder.DropTable(
                name: "AnalysisSummaries");
        }
    }
}
