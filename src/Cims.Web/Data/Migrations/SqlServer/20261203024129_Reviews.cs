using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cims.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Reviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Reviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseReport_PeriodFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    CaseReport_PeriodTo = table.Column<DateOnly>(type: "date", nullable: true),
                    CaseReport_IncidentDetails = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    CaseReport_Problem = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    CaseReport_Rationale = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    CaseReport_Methodology = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    CaseReport_Interviews = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    CaseReport_Evidence = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    CaseReport_Assessment = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    RcaReport_Team = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    RcaReport_Summary = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    ContributingFactors = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OtherContributingFactors = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    IncidentId = table.Column<int>(type: "int", nullable: false),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FollowUp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    HeldUnderE1 = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Manager_UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Manager_Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Manager_Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Manager_ExternalOrganisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Manager_ExternalContact = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Manager_ResponsibleUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Manager_ResponsibleName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    JointWithDepartment = table.Column<bool>(type: "bit", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DueRule = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ReturnReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ApprovedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reviews_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reviews_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Owner = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StatusNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReviewId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewActions_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    What = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    From = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2500)", maxLength: 2500, nullable: true),
                    ReviewId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewEvents_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewRootCauses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ReviewId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewRootCauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewRootCauses_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewTimeline",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<int>(type: "int", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OccurredAt = table.Column<TimeOnly>(type: "time", nullable: true),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ReviewId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewTimeline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewTimeline_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewActions_ReviewId_Number",
                table: "ReviewActions",
                columns: new[] { "ReviewId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewEvents_ReviewId",
                table: "ReviewEvents",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRootCauses_ReviewId_Number",
                table: "ReviewRootCauses",
                columns: new[] { "ReviewId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_IncidentId",
                table: "Reviews",
                column: "IncidentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_Manager_ResponsibleUserId",
                table: "Reviews",
                column: "Manager_ResponsibleUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_OrganisationId_Status",
                table: "Reviews",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewTimeline_ReviewId_Number",
                table: "ReviewTimeline",
                columns: new[] { "ReviewId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewActions");

            migrationBuilder.DropTable(
                name: "ReviewEvents");

            migrationBuilder.DropTable(
                name: "ReviewRootCauses");

            migrationBuilder.DropTable(
                name: "ReviewTimeline");

            migrationBuilder.DropTable(
                name: "Reviews");
        }
    }
}
