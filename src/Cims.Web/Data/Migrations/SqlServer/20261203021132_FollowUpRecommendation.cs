using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cims.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FollowUpRecommendation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RecommendationReason",
                table: "Incidents",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecommendedFollowUp",
                table: "Incidents",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecommendationReason",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "RecommendedFollowUp",
                table: "Incidents");
        }
    }
}
