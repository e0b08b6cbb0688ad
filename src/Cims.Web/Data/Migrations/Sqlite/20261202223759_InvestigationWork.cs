using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cims.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InvestigationWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContributingFactors",
                table: "Investigations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "OtherContributingFactors",
                table: "Investigations",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InvestigationAllegations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ClientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IncidentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    FindingReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    InvestigationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestigationAllegations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestigationAllegations_Investigations_InvestigationId",
                        column: x => x.InvestigationId,
                        principalTable: "Investigations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvestigationEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TakenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TakenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AttachmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InvestigationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestigationEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestigationEvidence_IncidentAttachments_AttachmentId",
                        column: x => x.AttachmentId,
                        principalTable: "IncidentAttachments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InvestigationEvidence_Investigations_InvestigationId",
                        column: x => x.InvestigationId,
                        principalTable: "Investigations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvestigationRecommendations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InvestigationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestigationRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestigationRecommendations_Investigations_InvestigationId",
                        column: x => x.InvestigationId,
                        principalTable: "Investigations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationAllegations_InvestigationId_Number",
                table: "InvestigationAllegations",
                columns: new[] { "InvestigationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationEvidence_AttachmentId",
                table: "InvestigationEvidence",
                column: "AttachmentId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationEvidence_InvestigationId_Number",
                table: "InvestigationEvidence",
                columns: new[] { "InvestigationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationRecommendations_InvestigationId_Number",
                table: "InvestigationRecommendations",
                columns: new[] { "InvestigationId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvestigationAllegations");

            migrationBuilder.DropTable(
                name: "InvestigationEvidence");

            migrationBuilder.DropTable(
                name: "InvestigationRecommendations");

            migrationBuilder.DropColumn(
                name: "ContributingFactors",
                table: "Investigations");

            migrationBuilder.DropColumn(
                name: "OtherContributingFactors",
                table: "Investigations");
        }
    }
}
