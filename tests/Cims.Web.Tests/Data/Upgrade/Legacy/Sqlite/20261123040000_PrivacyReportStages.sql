ALTER TABLE "PrivacyReports" ADD COLUMN "Dates_OccurredOn" TEXT NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "Dates_DateAccuracy" TEXT NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "Dates_OccurredAtTime" TEXT NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "Dates_TimeAccuracy" TEXT NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "Dates_DisclosedAt" INTEGER NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "Description_Location" TEXT NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "Description_Description" TEXT NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "Containment_InformationDisclosed" TEXT NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "Containment_ActionsTaken" TEXT NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "Containment_Consultation" TEXT NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "Containment_ConsultationOther" TEXT NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "Containment_DisclosureStatus" TEXT NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "Containment_FurtherRisk" INTEGER NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "Containment_BreachOccurred" INTEGER NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "Containment_CaseNotes" TEXT NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "SubmittedAt" INTEGER NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "DueAt" INTEGER NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "AssignedToUserId" TEXT NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "AssignedToName" TEXT NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "Outcome" TEXT NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "ClosureReason" TEXT NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "ClosedAt" INTEGER NULL;
ALTER TABLE "PrivacyReports" ADD COLUMN "LinkedIncidentId" INTEGER NULL CONSTRAINT "FK_PrivacyReports_Incidents_LinkedIncidentId" REFERENCES "Incidents" ("Id") ON DELETE RESTRICT;

CREATE TABLE "PrivacyReportActivity" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PrivacyReportActivity" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "ByUserId" TEXT NULL,
    "ByName" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "PrivacyReportId" INTEGER NOT NULL,
    CONSTRAINT "FK_PrivacyReportActivity_PrivacyReports_PrivacyReportId" FOREIGN KEY ("PrivacyReportId") REFERENCES "PrivacyReports" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PrivacyReportFiles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PrivacyReportFiles" PRIMARY KEY AUTOINCREMENT,
    "PrivacyReportId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "UploadedAt" INTEGER NOT NULL,
    "Data" BLOB NOT NULL,
    CONSTRAINT "FK_PrivacyReportFiles_PrivacyReports_PrivacyReportId" FOREIGN KEY ("PrivacyReportId") REFERENCES "PrivacyReports" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PrivacyReportPeople" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PrivacyReportPeople" PRIMARY KEY AUTOINCREMENT,
    "Position" INTEGER NOT NULL,
    "IdentifierType" TEXT NOT NULL,
    "Identifier" TEXT NULL,
    "Surname" TEXT NOT NULL,
    "GivenName" TEXT NOT NULL,
    "Sex" TEXT NOT NULL,
    "IndigenousStatus" TEXT NOT NULL,
    "DateOfBirth" TEXT NULL,
    "Address_Street" TEXT NULL,
    "Address_Suburb" TEXT NULL,
    "Address_State" TEXT NULL,
    "Address_Postcode" TEXT NULL,
    "ManualAddress" INTEGER NOT NULL,
    "Relationship" TEXT NOT NULL,
    "SafetyNeedsMet" TEXT NOT NULL,
    "Principles" TEXT NOT NULL,
    "PrivacyReportId" INTEGER NOT NULL,
    CONSTRAINT "FK_PrivacyReportPeople_PrivacyReports_PrivacyReportId" FOREIGN KEY ("PrivacyReportId") REFERENCES "PrivacyReports" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_PrivacyReportActivity_PrivacyReportId" ON "PrivacyReportActivity" ("PrivacyReportId");

CREATE INDEX "IX_PrivacyReportFiles_PrivacyReportId" ON "PrivacyReportFiles" ("PrivacyReportId");

CREATE INDEX "IX_PrivacyReportPeople_PrivacyReportId" ON "PrivacyReportPeople" ("PrivacyReportId");

CREATE INDEX "IX_PrivacyReports_LinkedIncidentId" ON "PrivacyReports" ("LinkedIncidentId");

CREATE INDEX "IX_PrivacyReports_Status_SubmittedAt" ON "PrivacyReports" ("Status", "SubmittedAt");
