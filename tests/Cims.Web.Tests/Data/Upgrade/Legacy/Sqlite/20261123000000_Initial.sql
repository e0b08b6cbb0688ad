CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "OccurredAt" INTEGER NOT NULL,
    "UserId" TEXT NULL,
    "UserName" TEXT NULL,
    "OrganisationId" INTEGER NULL,
    "Action" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Details" TEXT NULL,
    "IpAddress" TEXT NULL,
    "PreviousHash" TEXT NOT NULL,
    "Hash" TEXT NOT NULL
);


CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NOT NULL,
    "Xml" TEXT NOT NULL
);


CREATE TABLE "Divisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Divisions" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    "Version" TEXT NOT NULL
);


CREATE TABLE "IncidentCategories" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IncidentCategories" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    "Version" TEXT NOT NULL
);


CREATE TABLE "OptionItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OptionItems" PRIMARY KEY AUTOINCREMENT,
    "List" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    "Version" TEXT NOT NULL
);


CREATE TABLE "Organisations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Abn" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "Version" TEXT NOT NULL
);


CREATE TABLE "Programs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Programs" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    "Version" TEXT NOT NULL
);


CREATE TABLE "PublicHolidays" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PublicHolidays" PRIMARY KEY AUTOINCREMENT,
    "Date" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "IsGenerated" INTEGER NOT NULL,
    "Version" TEXT NOT NULL
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Areas" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Areas" PRIMARY KEY AUTOINCREMENT,
    "DivisionId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Areas_Divisions_DivisionId" FOREIGN KEY ("DivisionId") REFERENCES "Divisions" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "IncidentTypes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IncidentTypes" PRIMARY KEY AUTOINCREMENT,
    "CategoryId" INTEGER NOT NULL,
    "IsAbuseType" INTEGER NOT NULL,
    "RequiresInvestigationWhenMajor" INTEGER NOT NULL,
    "RequiresReviewWhenMajor" INTEGER NOT NULL,
    "IsConfirmed" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_IncidentTypes_IncidentCategories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "IncidentCategories" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "OrganisationId" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "ServiceTypes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ServiceTypes" PRIMARY KEY AUTOINCREMENT,
    "ProgramId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_ServiceTypes_Programs_ProgramId" FOREIGN KEY ("ProgramId") REFERENCES "Programs" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "OrganisationAreas" (
    "AreaId" INTEGER NOT NULL,
    "OrganisationId" INTEGER NOT NULL,
    CONSTRAINT "PK_OrganisationAreas" PRIMARY KEY ("OrganisationId", "AreaId"),
    CONSTRAINT "FK_OrganisationAreas_Areas_AreaId" FOREIGN KEY ("AreaId") REFERENCES "Areas" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_OrganisationAreas_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "OrganisationServiceTypes" (
    "ServiceTypeId" INTEGER NOT NULL,
    "OrganisationId" INTEGER NOT NULL,
    CONSTRAINT "PK_OrganisationServiceTypes" PRIMARY KEY ("OrganisationId", "ServiceTypeId"),
    CONSTRAINT "FK_OrganisationServiceTypes_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_OrganisationServiceTypes_ServiceTypes_ServiceTypeId" FOREIGN KEY ("ServiceTypeId") REFERENCES "ServiceTypes" ("Id") ON DELETE RESTRICT
);


CREATE UNIQUE INDEX "IX_Areas_DivisionId_Name" ON "Areas" ("DivisionId", "Name");


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE INDEX "IX_AspNetUsers_OrganisationId" ON "AspNetUsers" ("OrganisationId");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_AuditEntries_EntityType_EntityId" ON "AuditEntries" ("EntityType", "EntityId");


CREATE INDEX "IX_AuditEntries_OccurredAt" ON "AuditEntries" ("OccurredAt");


CREATE INDEX "IX_AuditEntries_OrganisationId" ON "AuditEntries" ("OrganisationId");


CREATE UNIQUE INDEX "IX_Divisions_Name" ON "Divisions" ("Name");


CREATE UNIQUE INDEX "IX_IncidentCategories_Name" ON "IncidentCategories" ("Name");


CREATE INDEX "IX_IncidentTypes_CategoryId" ON "IncidentTypes" ("CategoryId");


CREATE UNIQUE INDEX "IX_IncidentTypes_Name" ON "IncidentTypes" ("Name");


CREATE UNIQUE INDEX "IX_OptionItems_List_Code" ON "OptionItems" ("List", "Code");


CREATE INDEX "IX_OrganisationAreas_AreaId" ON "OrganisationAreas" ("AreaId");


CREATE UNIQUE INDEX "IX_Organisations_Name" ON "Organisations" ("Name");


CREATE INDEX "IX_OrganisationServiceTypes_ServiceTypeId" ON "OrganisationServiceTypes" ("ServiceTypeId");


CREATE UNIQUE INDEX "IX_Programs_Name" ON "Programs" ("Name");


CREATE UNIQUE INDEX "IX_PublicHolidays_Date_Name" ON "PublicHolidays" ("Date", "Name");


CREATE UNIQUE INDEX "IX_ServiceTypes_ProgramId_Name" ON "ServiceTypes" ("ProgramId", "Name");


