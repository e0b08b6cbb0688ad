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

            // The summary's cells, partitioned by level: the base cells in one partition, the roll-ups in the other, so a
            // view that reads a roll-up never scans the base cells (ADR 0023). PostgreSQL only; EF sees one table.
            migrationBuilder.Sql("""
                CREATE TABLE "AnalysisCells" (
                    "Level" integer NOT NULL,
                    "Department" integer NOT NULL,
                    "OccurredMonth" integer NOT NULL,
                    "OrganisationId" integer NOT NULL,
                    "AreaId" integer NOT NULL,
                    "ProgramId" integer NOT NULL,
                    "ServiceTypeId" integer NOT NULL,
                    "TypeId" integer NOT NULL,
                    "Impact" integer NOT NULL,
                    "Incidents" integer NOT NULL,
                    "ReportsDue" integer NOT NULL,
                    "ReportsOnTime" integer NOT NULL,
                    "AboriginalClient" integer NOT NULL,
                    "SubjectStaff" integer NOT NULL,
                    "SubjectCarer" integer NOT NULL,
                    "SubjectClient" integer NOT NULL,
                    "SubjectOther" integer NOT NULL,
                    "SubjectUnknown" integer NOT NULL,
                    "InvestigationsOnTime" integer NOT NULL,
                    "InvestigationsLate" integer NOT NULL,
                    "ReviewsOnTime" integer NOT NULL,
                    "ReviewsLate" integer NOT NULL,
                    "OutcomesOnTime" integer NOT NULL,
                    "OutcomesLate" integer NOT NULL,
                    "InvestigationsOverdue" integer NOT NULL,
                    "ReviewsOverdue" integer NOT NULL,
                    "ExtensionsRequested" integer NOT NULL,
                    "ExtensionsPending" integer NOT NULL,
                    "ExtensionsApproved" integer NOT NULL,
                    "ExtensionsDeclined" integer NOT NULL,
                    "Actions" integer NOT NULL,
                    "ActionsDone" integer NOT NULL,
                    "ActionsNotAccepted" integer NOT NULL,
                    "ActionsOpen" integer NOT NULL,
                    "ActionsOverdue" integer NOT NULL,
                    CONSTRAINT "PK_AnalysisCells" PRIMARY KEY ("Level", "Department", "OccurredMonth", "OrganisationId", "AreaId", "ProgramId", "ServiceTypeId", "TypeId", "Impact")
                ) PARTITION BY LIST ("Level");
                CREATE TABLE "AnalysisCells_Base" PARTITION OF "AnalysisCells" FOR VALUES IN (0);
                CREATE TABLE "AnalysisCells_RollUps" PARTITION OF "AnalysisCells" DEFAULT;
                """);

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
