using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cims.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Onboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OnboardingRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LegalName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Abn = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    AreaIds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ServiceTypeIds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    AdministratorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AdministratorEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StatusKeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingRequests_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingRequestMoves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    From = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingRequestMoves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingRequestMoves_OnboardingRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "OnboardingRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Abn",
                table: "Organisations",
                column: "Abn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingRequestMoves_RequestId",
                table: "OnboardingRequestMoves",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingRequests_Abn",
                table: "OnboardingRequests",
                column: "Abn");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingRequests_OrganisationId",
                table: "OnboardingRequests",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingRequests_Status_RequestedAt",
                table: "OnboardingRequests",
                columns: new[] { "Status", "RequestedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OnboardingRequestMoves");

            migrationBuilder.DropTable(
                name: "OnboardingRequests");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_Abn",
                table: "Organisations");
        }
    }
}
