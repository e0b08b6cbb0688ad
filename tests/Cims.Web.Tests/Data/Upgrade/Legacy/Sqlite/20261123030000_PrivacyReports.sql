CREATE TABLE "PrivacyReports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PrivacyReports" PRIMARY KEY AUTOINCREMENT,
    "Token" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ReportNumber" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    "Service_OrganisationId" INTEGER NULL,
    "Service_ServiceAddress_Street" TEXT NULL,
    "Service_ServiceAddress_Suburb" TEXT NULL,
    "Service_ServiceAddress_State" TEXT NULL,
    "Service_ServiceAddress_Postcode" TEXT NULL,
    "Service_ManualAddress" INTEGER NULL,
    "Service_AreaId" INTEGER NULL,
    "Service_ProgramId" INTEGER NULL,
    "Service_ServiceTypeId" INTEGER NULL,
    "Officer_Surname" TEXT NULL,
    "Officer_GivenName" TEXT NULL,
    "Officer_JobTitle" TEXT NULL,
    "Officer_Telephone" TEXT NULL,
    "Officer_Email" TEXT NULL,
    "Officer_LineManagerName" TEXT NULL,
    CONSTRAINT "FK_PrivacyReports_Areas_Service_AreaId" FOREIGN KEY ("Service_AreaId") REFERENCES "Areas" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PrivacyReports_Organisations_Service_OrganisationId" FOREIGN KEY ("Service_OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PrivacyReports_Programs_Service_ProgramId" FOREIGN KEY ("Service_ProgramId") REFERENCES "Programs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PrivacyReports_ServiceTypes_Service_ServiceTypeId" FOREIGN KEY ("Service_ServiceTypeId") REFERENCES "ServiceTypes" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_PrivacyReports_ReportNumber" ON "PrivacyReports" ("ReportNumber");

CREATE INDEX "IX_PrivacyReports_Service_AreaId" ON "PrivacyReports" ("Service_AreaId");

CREATE INDEX "IX_PrivacyReports_Service_OrganisationId" ON "PrivacyReports" ("Service_OrganisationId");

CREATE INDEX "IX_PrivacyReports_Service_ProgramId" ON "PrivacyReports" ("Service_ProgramId");

CREATE INDEX "IX_PrivacyReports_Service_ServiceTypeId" ON "PrivacyReports" ("Service_ServiceTypeId");

CREATE INDEX "IX_PrivacyReports_Status_ExpiresAt" ON "PrivacyReports" ("Status", "ExpiresAt");

CREATE UNIQUE INDEX "IX_PrivacyReports_Token" ON "PrivacyReports" ("Token");
