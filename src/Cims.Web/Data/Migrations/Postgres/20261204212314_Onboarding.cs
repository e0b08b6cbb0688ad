using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Cims.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LegalName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Abn = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    AreaIds = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ServiceTypeIds = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ContactPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AdministratorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AdministratorEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StatusKeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Question = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    From = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RequestId = table.Column<int>(type: "integer", nullable: false)
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
