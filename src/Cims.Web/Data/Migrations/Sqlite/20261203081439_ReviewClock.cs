using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cims.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewClock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReviewExtensions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestedDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueBefore = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: true),
                    DocumentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ApprovedDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewExtensions_IncidentAttachments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "IncidentAttachments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewExtensions_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewPoliceHolds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PausedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PausedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ResumedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResumedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BusinessDaysOnHold = table.Column<int>(type: "INTEGER", nullable: true),
                    DueBefore = table.Column<long>(type: "INTEGER", nullable: true),
                    DueAfter = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewPoliceHolds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewPoliceHolds_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewExtensions_DocumentId",
                table: "ReviewExtensions",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewExtensions_ReviewId",
                table: "ReviewExtensions",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewExtensions_Status",
                table: "ReviewExtensions",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewPoliceHolds_ReviewId",
                table: "ReviewPoliceHolds",
                column: "ReviewId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewExtensions");

            migrationBuilder.DropTable(
                name: "ReviewPoliceHolds");
        }
    }
}
