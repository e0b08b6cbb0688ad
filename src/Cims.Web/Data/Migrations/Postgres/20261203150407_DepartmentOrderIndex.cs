using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cims.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DepartmentOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The department list's order as EF writes it: EF turns "no due date" (COALESCE(a, b) IS NULL) into
            // "a IS NULL AND b IS NULL", and PostgreSQL matches an index expression only as written, so the first form of this
            // index (DepartmentListIndexes) was never used for the order and every page sorted the incidents.
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Incidents_DepartmentOrder";""");
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Incidents_DepartmentOrder" ON "Incidents" (
                  (CASE WHEN "Status" = 'DepartmentReview' THEN 0 ELSE 1 END),
                  (CASE WHEN "FollowUpDueAt" IS NULL AND "DueAt" IS NULL THEN 1 ELSE 0 END),
                  (COALESCE("FollowUpDueAt", "DueAt")), "Id")
                  INCLUDE ("Status", "SubmittedAt", "Details_Impact", "Service_AreaId", "OrganisationId", "FollowUpDueAt", "DueAt");
                """);

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Incidents_DepartmentOrder";""");
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Incidents_DepartmentOrder" ON "Incidents" (
                  (CASE WHEN "Status" = 'DepartmentReview' THEN 0 ELSE 1 END),
                  (CASE WHEN COALESCE("FollowUpDueAt", "DueAt") IS NULL THEN 1 ELSE 0 END),
                  (COALESCE("FollowUpDueAt", "DueAt")), "Id")
                  INCLUDE ("Status", "SubmittedAt", "Details_Impact", "Service_AreaId", "OrganisationId", "FollowUpDueAt", "DueAt");
                """);

        }
    }
}
