CREATE TABLE "Incidents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Incidents" PRIMARY KEY AUTOINCREMENT,
    "Number" TEXT NULL,
    "OrganisationId" INTEGER NOT NULL,
    "ReporterUserId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Profile" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    "LastStep" TEXT NULL,
    "DuringServiceDelivery" INTEGER NULL,
    "Service_AreaId" INTEGER NULL,
    "Service_ProgramId" INTEGER NULL,
    "Service_ServiceTypeId" INTEGER NULL,
    "Service_ServiceAddress_Street" TEXT NULL,
    "Service_ServiceAddress_Suburb" TEXT NULL,
    "Service_ServiceAddress_State" TEXT NULL,
    "Service_ServiceAddress_Postcode" TEXT NULL,
    "Service_ManualAddress" INTEGER NULL,
    "Officer_Surname" TEXT NULL,
    "Officer_GivenName" TEXT NULL,
    "Officer_JobTitle" TEXT NULL,
    "Officer_Telephone" TEXT NULL,
    "Officer_Email" TEXT NULL,
    "Officer_LineManagerName" TEXT NULL,
    "Dates_OccurredOn" TEXT NULL,
    "Dates_DateAccuracy" TEXT NULL,
    "Dates_OccurredAtTime" TEXT NULL,
    "Dates_TimeAccuracy" TEXT NULL,
    "Dates_AwareAt" INTEGER NULL,
    "Details_Location" TEXT NULL,
    "Details_Description" TEXT NULL,
    "Details_Impact" TEXT NULL,
    "Details_PrimaryTypeId" INTEGER NULL,
    "Details_SecondaryTypeId" INTEGER NULL,
    "Actions_Taken" TEXT NULL,
    "Actions_PoliceNotifiedAt" INTEGER NULL,
    "Actions_PoliceReference" TEXT NULL,
    "Actions_OtherDetails" TEXT NULL,
    "DeclaredAt" INTEGER NULL,
    "DueAt" INTEGER NULL,
    "DueRule" TEXT NULL,
    "EndorsedAt" INTEGER NULL,
    "SubmittedAt" INTEGER NULL,
    "ReturnReason" TEXT NULL,
    "FollowUp" TEXT NULL,
    "FollowUpDueAt" INTEGER NULL,
    "FollowUpRule" TEXT NULL,
    CONSTRAINT "FK_Incidents_Areas_Service_AreaId" FOREIGN KEY ("Service_AreaId") REFERENCES "Areas" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Incidents_IncidentTypes_Details_PrimaryTypeId" FOREIGN KEY ("Details_PrimaryTypeId") REFERENCES "IncidentTypes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Incidents_IncidentTypes_Details_SecondaryTypeId" FOREIGN KEY ("Details_SecondaryTypeId") REFERENCES "IncidentTypes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Incidents_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Incidents_Programs_Service_ProgramId" FOREIGN KEY ("Service_ProgramId") REFERENCES "Programs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Incidents_ServiceTypes_Service_ServiceTypeId" FOREIGN KEY ("Service_ServiceTypeId") REFERENCES "ServiceTypes" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "IncidentAddendums" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IncidentAddendums" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "ByUserId" TEXT NOT NULL,
    "ByName" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "IncidentId" INTEGER NOT NULL,
    CONSTRAINT "FK_IncidentAddendums_Incidents_IncidentId" FOREIGN KEY ("IncidentId") REFERENCES "Incidents" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IncidentClients" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IncidentClients" PRIMARY KEY AUTOINCREMENT,
    "Position" INTEGER NOT NULL,
    "IdentifierType" TEXT NOT NULL,
    "Identifier" TEXT NULL,
    "Surname" TEXT NOT NULL,
    "GivenName" TEXT NOT NULL,
    "DateOfBirth" TEXT NULL,
    "Sex" TEXT NOT NULL,
    "IndigenousStatus" TEXT NOT NULL,
    "Address_Street" TEXT NULL,
    "Address_Suburb" TEXT NULL,
    "Address_State" TEXT NULL,
    "Address_Postcode" TEXT NULL,
    "Impact" TEXT NOT NULL,
    "Allegations" TEXT NULL,
    "IncidentId" INTEGER NOT NULL,
    CONSTRAINT "FK_IncidentClients_Incidents_IncidentId" FOREIGN KEY ("IncidentId") REFERENCES "Incidents" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IncidentOthers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IncidentOthers" PRIMARY KEY AUTOINCREMENT,
    "Position" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    "AllegationRole" TEXT NULL,
    "Name" TEXT NOT NULL,
    "RelationshipToClient" TEXT NULL,
    "StaffPosition" TEXT NULL,
    "IncidentId" INTEGER NOT NULL,
    CONSTRAINT "FK_IncidentOthers_Incidents_IncidentId" FOREIGN KEY ("IncidentId") REFERENCES "Incidents" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IncidentStatusChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IncidentStatusChanges" PRIMARY KEY AUTOINCREMENT,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "ByUserId" TEXT NOT NULL,
    "ByName" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Reason" TEXT NULL,
    "IncidentId" INTEGER NOT NULL,
    CONSTRAINT "FK_IncidentStatusChanges_Incidents_IncidentId" FOREIGN KEY ("IncidentId") REFERENCES "Incidents" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_IncidentAddendums_IncidentId" ON "IncidentAddendums" ("IncidentId");

CREATE INDEX "IX_IncidentClients_IncidentId" ON "IncidentClients" ("IncidentId");

CREATE INDEX "IX_IncidentOthers_IncidentId" ON "IncidentOthers" ("IncidentId");

CREATE INDEX "IX_Incidents_Details_PrimaryTypeId" ON "Incidents" ("Details_PrimaryTypeId");

CREATE INDEX "IX_Incidents_Details_SecondaryTypeId" ON "Incidents" ("Details_SecondaryTypeId");

CREATE UNIQUE INDEX "IX_Incidents_Number" ON "Incidents" ("Number");

CREATE INDEX "IX_Incidents_OrganisationId_Status" ON "Incidents" ("OrganisationId", "Status");

CREATE INDEX "IX_Incidents_ReporterUserId" ON "Incidents" ("ReporterUserId");

CREATE INDEX "IX_Incidents_Service_AreaId" ON "Incidents" ("Service_AreaId");

CREATE INDEX "IX_Incidents_Service_ProgramId" ON "Incidents" ("Service_ProgramId");

CREATE INDEX "IX_Incidents_Service_ServiceTypeId" ON "Incidents" ("Service_ServiceTypeId");

CREATE INDEX "IX_Incidents_Status_DueAt" ON "Incidents" ("Status", "DueAt");

CREATE INDEX "IX_IncidentStatusChanges_IncidentId" ON "IncidentStatusChanges" ("IncidentId");
