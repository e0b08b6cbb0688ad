using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cims.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DepartmentListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The department list's order (awaiting screening first, then by due date), with the columns its filters
            // read, so a deep page's ids come from the index alone; and the area and impact counts from the index alone.
            // Expression and cross-owned-type indexes: PostgreSQL only, written by hand (README, "Performance at a million incidents").
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Incidents_DepartmentOrder" ON "Incidents" (
                  (CASE WHEN "Status" = 'DepartmentReview' THEN 0 ELSE 1 END),
                  (CASE WHEN COALESCE("FollowUpDueAt", "DueAt") IS NULL THEN 1 ELSE 0 END),
                  (COALESCE("FollowUpDueAt", "DueAt")), "Id")
                  INCLUDE ("Status", "SubmittedAt", "Details_Impact", "Service_AreaId", "OrganisationId", "FollowUpDueAt", "DueAt");
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Incidents_AreaImpact" ON "Incidents" ("Service_AreaId", "Details_Impact")
                  INCLUDE ("Status", "SubmittedAt", "OrganisationId");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Incidents_AreaImpact";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Incidents_DepartmentOrder";""");
        }
    }
}
