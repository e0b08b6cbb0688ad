using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cims.Web.Data.Migrations;

/// <summary>The rest of the privacy report: dates, description, persons impacted, containment, files, submission and the department's assessment.</summary>
[DbContext(typeof(CimsDbContext))]
[Migration(Id)]
public sealed class PrivacyReportStages : Migration
{
    public const string Id = "20261123040000_PrivacyReportStages";

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Load(migrationBuilder.ActiveProvider, Id));

    private static readonly string[] AddedColumns =
    [
        "Dates_OccurredOn",
        "Dates_DateAccuracy",
        "Dates_OccurredAtTime",
        "Dates_TimeAccuracy",
        "Dates_DisclosedAt",
        "Description_Location",
        "Description_Description",
        "Containment_InformationDisclosed",
        "Containment_ActionsTaken",
        "Containment_Consultation",
        "Containment_ConsultationOther",
        "Containment_DisclosureStatus",
        "Containment_FurtherRisk",
        "Containment_BreachOccurred",
        "Containment_CaseNotes",
        "SubmittedAt",
        "DueAt",
        "AssignedToUserId",
        "AssignedToName",
        "Outcome",
        "ClosureReason",
        "ClosedAt",
        "LinkedIncidentId",
    ];

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("PrivacyReportActivity");
        migrationBuilder.DropTable("PrivacyReportFiles");
        migrationBuilder.DropTable("PrivacyReportPeople");
        migrationBuilder.DropForeignKey("FK_PrivacyReports_Incidents_LinkedIncidentId", "PrivacyReports");
        migrationBuilder.DropIndex("IX_PrivacyReports_LinkedIncidentId", "PrivacyReports");
        migrationBuilder.DropIndex("IX_PrivacyReports_Status_SubmittedAt", "PrivacyReports");
        foreach (var column in AddedColumns)
            migrationBuilder.DropColumn(column, "PrivacyReports");
    }
}
