using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cims.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LearnAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LearnAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ModuleKey = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    QuestionKey = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ChosenOption = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AnsweredCorrectly = table.Column<bool>(type: "bit", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearnAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearnAnswers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LearnAnswers_UserId_ModuleKey_QuestionKey",
                table: "LearnAnswers",
                columns: new[] { "UserId", "ModuleKey", "QuestionKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LearnAnswers");
        }
    }
}
