using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cims.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Investigations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Investigations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IncidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Manager_UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Manager_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Manager_Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Manager_ExternalOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Manager_ExternalContact = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Manager_ResponsibleUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Manager_ResponsibleName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DueRule = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Plan_ManagerPosition = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Plan_ManagerTelephone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Plan_PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Plan_PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Plan_IncidentDetails = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Plan_PoliceResponse = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Plan_Methodology = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PlanEndorsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PlanEndorsedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContributingFactors = table.Column<string>(type: "TEXT", nullable: false),
                    OtherContributingFactors = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Outcome_OrganisationResponse = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Outcome_ReviewRationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Outcome_CommunicationStrategy = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Outcome_ResponsePlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OutcomeApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OutcomeApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Investigations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Investigations_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Investigations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "InvestigationEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    What = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2500, nullable: true),
                    InvestigationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestigationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestigationEvents_Investigations_InvestigationId",
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
                name: "InvestigationExtensions",
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
                    InvestigationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestigationExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestigationExtensions_IncidentAttachments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "IncidentAttachments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InvestigationExtensions_Investigations_InvestigationId",
                        column: x => x.InvestigationId,
                        principalTable: "Investigations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvestigationPoliceHolds",
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
                    InvestigationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestigationPoliceHolds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestigationPoliceHolds_Investigations_InvestigationId",
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
                name: "IX_InvestigationEvents_InvestigationId",
                table: "InvestigationEvents",
                column: "InvestigationId");

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
                name: "IX_InvestigationExtensions_DocumentId",
                table: "InvestigationExtensions",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationExtensions_InvestigationId",
                table: "InvestigationExtensions",
                column: "InvestigationId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationExtensions_Status",
                table: "InvestigationExtensions",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationPoliceHolds_InvestigationId",
                table: "InvestigationPoliceHolds",
                column: "InvestigationId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationRecommendations_InvestigationId_Number",
                table: "InvestigationRecommendations",
                columns: new[] { "InvestigationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investigations_IncidentId",
                table: "Investigations",
                column: "IncidentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investigations_Manager_ResponsibleUserId",
                table: "Investigations",
                column: "Manager_ResponsibleUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Investigations_OrganisationId_Status",
                table: "Investigations",
                columns: new[] { "OrganisationId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvestigationAllegations");

            migrationBuilder.DropTable(
                name: "InvestigationEvents");

            migrationBuilder.DropTable(
                name: "InvestigationEvidence");

            migrationBuilder.DropTable(
                name: "InvestigationExtensions");

            migrationBuilder.DropTable(
                name: "InvestigationPoliceHolds");

            migrationBuilder.DropTable(
                name: "InvestigationRecommendations");

            migrationBuilder.DropTable(
                name: "Investigations");
        }
    }
}
