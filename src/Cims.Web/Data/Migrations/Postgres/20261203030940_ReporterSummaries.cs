using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cims.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReporterSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OfficerSummary",
                table: "PrivacyReports",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OfficerSummaryByName",
                table: "PrivacyReports",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OfficerSummaryByUserId",
                table: "PrivacyReports",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OfficerSummarySentAt",
                table: "PrivacyReports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReporterSummary",
                table: "Incidents",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReporterSummaryByName",
                table: "Incidents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReporterSummaryByUserId",
                table: "Incidents",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReporterSummarySentAt",
                table: "Incidents",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OfficerSummary",
                table: "PrivacyReports");

            migrationBuilder.DropColumn(
                name: "OfficerSummaryByName",
                table: "PrivacyReports");

            migrationBuilder.DropColumn(
                name: "OfficerSummaryByUserId",
                table: "PrivacyReports");

            migrationBuilder.DropColumn(
                name: "OfficerSummarySentAt",
                table: "PrivacyReports");

            migrationBuilder.DropColumn(
                name: "ReporterSummary",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "ReporterSummaryByName",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "ReporterSummaryByUserId",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "ReporterSummarySentAt",
                table: "Incidents");
        }
    }
}
