using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cims.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnalysisSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnalysisCells",
                columns: table => new
                {
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Department = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Impact = table.Column<int>(type: "INTEGER", nullable: false),
                    Incidents = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportsDue = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportsOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    AboriginalClient = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectStaff = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectCarer = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectClient = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectOther = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectUnknown = table.Column<int>(type: "INTEGER", nullable: false),
                    InvestigationsOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    InvestigationsLate = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewsOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewsLate = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomesOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomesLate = table.Column<int>(type: "INTEGER", nullable: false),
                    InvestigationsOverdue = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewsOverdue = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtensionsRequested = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtensionsPending = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtensionsApproved = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtensionsDeclined = table.Column<int>(type: "INTEGER", nullable: false),
                    Actions = table.Column<int>(type: "INTEGER", nullable: false),
                    ActionsDone = table.Column<int>(type: "INTEGER", nullable: false),
                    ActionsNotAccepted = table.Column<int>(type: "INTEGER", nullable: false),
                    ActionsOpen = table.Column<int>(type: "INTEGER", nullable: false),
                    ActionsOverdue = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysisCells", x => new { x.Level, x.Department, x.OccurredMonth, x.OrganisationId, x.AreaId, x.ProgramId, x.ServiceTypeId, x.TypeId, x.Impact });
                });

            migrationBuilder.CreateTable(
                name: "AnalysisFindingCells",
                columns: table => new
                {
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Department = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Impact = table.Column<int>(type: "INTEGER", nullable: false),
                    AllegationType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Findings = table.Column<int>(type: "INTEGER", nullable: false),
                    Substantiated = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysisFindingCells", x => new { x.Level, x.Department, x.OccurredMonth, x.OrganisationId, x.AreaId, x.ProgramId, x.ServiceTypeId, x.TypeId, x.Impact, x.AllegationType });
                });

            migrationBuilder.CreateTable(
                name: "AnalysisSummaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    BuiltAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Incidents = table.Column<int>(type: "INTEGER", nullable: false),
                    Cells = table.Column<int>(type: "INTEGER", nullable: false),
                    BuildMilliseconds = table.Column<int>(type: "INTEGER", nullable: false)
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
            migrationBuilder.DropTable(
                name: "AnalysisCells");

            migrationBuilder.DropTable(
                name: "AnalysisFindingCells");

            migrationBuilder.DropTable(
                name: "AnalysisSummaries");
        }
    }
}
