CREATE TABLE "IncidentAttachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IncidentAttachments" PRIMARY KEY AUTOINCREMENT,
    "IncidentId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Description" TEXT NULL,
    "UploadedByUserId" TEXT NOT NULL,
    "UploadedByName" TEXT NOT NULL,
    "UploadedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_IncidentAttachments_Incidents_IncidentId" FOREIGN KEY ("IncidentId") REFERENCES "Incidents" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IncidentAttachmentContents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IncidentAttachmentContents" PRIMARY KEY,
    "Data" BLOB NOT NULL,
    CONSTRAINT "FK_IncidentAttachmentContents_IncidentAttachments_Id" FOREIGN KEY ("Id") REFERENCES "IncidentAttachments" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_IncidentAttachments_IncidentId" ON "IncidentAttachments" ("IncidentId");
