-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN "name" TEXT;
ALTER TABLE "Tenant" ADD COLUMN "over65" BOOLEAN;

-- CreateTable
CREATE TABLE "OpeningHours" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "neighbourhoodId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "opensAt" TEXT NOT NULL,
    "closesAt" TEXT NOT NULL,
    CONSTRAINT "OpeningHours_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Holiday" (
    "neighbourhoodId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    PRIMARY KEY ("neighbourhoodId", "date"),
    CONSTRAINT "Holiday_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TranscriptEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tenantId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TranscriptEntry_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StaffAccount" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "telegramUserId" TEXT,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "StaffNeighbourhood" (
    "staffId" TEXT NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,

    PRIMARY KEY ("staffId", "neighbourhoodId"),
    CONSTRAINT "StaffNeighbourhood_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffAccount" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StaffNeighbourhood_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StaffSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "data" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PersonRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tenantId" TEXT NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "channel" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "visibleAt" DATETIME NOT NULL,
    "announcedAt" DATETIME,
    "claimedAt" DATETIME,
    "claimedById" TEXT,
    "closedAt" DATETIME,
    "outcome" TEXT,
    "overdueNotifiedAt" DATETIME,
    "forumChatId" TEXT,
    "forumThreadId" INTEGER,
    "rating" INTEGER,
    "ratingComment" TEXT,
    CONSTRAINT "PersonRequest_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PersonRequest_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RequestMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "requestId" INTEGER NOT NULL,
    "author" TEXT NOT NULL,
    "staffId" TEXT,
    "kind" TEXT NOT NULL,
    "text" TEXT,
    "fileUrl" TEXT,
    "fileName" TEXT,
    "mimeType" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "cannedReplyId" TEXT,
    "delivery" TEXT,
    "deliveryError" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "via" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RequestMessage_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PersonRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RequestEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "requestId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "staffId" TEXT,
    "detail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PersonRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RequestLabel" (
    "requestId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,

    PRIMARY KEY ("requestId", "label"),
    CONSTRAINT "RequestLabel_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PersonRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CannedReply" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CannedReplyText" (
    "cannedReplyId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    PRIMARY KEY ("cannedReplyId", "language"),
    CONSTRAINT "CannedReplyText_cannedReplyId_fkey" FOREIGN KEY ("cannedReplyId") REFERENCES "CannedReply" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Neighbourhood" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "housingUnits" INTEGER NOT NULL,
    "alerTenants" INTEGER NOT NULL,
    "over65Percent" INTEGER NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Rome',
    "claimLimitMinutes" INTEGER NOT NULL DEFAULT 15,
    "staffChatId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Neighbourhood" ("alerTenants", "createdAt", "housingUnits", "id", "name", "over65Percent", "timeZone") SELECT "alerTenants", "createdAt", "housingUnits", "id", "name", "over65Percent", "timeZone" FROM "Neighbourhood";
DROP TABLE "Neighbourhood";
ALTER TABLE "new_Neighbourhood" RENAME TO "Neighbourhood";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "OpeningHours_neighbourhoodId_idx" ON "OpeningHours"("neighbourhoodId");

-- CreateIndex
CREATE INDEX "TranscriptEntry_tenantId_createdAt_idx" ON "TranscriptEntry"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "TranscriptEntry_createdAt_idx" ON "TranscriptEntry"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StaffAccount_email_key" ON "StaffAccount"("email");

-- CreateIndex
CREATE UNIQUE INDEX "StaffAccount_telegramUserId_key" ON "StaffAccount"("telegramUserId");

-- CreateIndex
CREATE INDEX "StaffSession_expiresAt_idx" ON "StaffSession"("expiresAt");

-- CreateIndex
CREATE INDEX "PersonRequest_status_neighbourhoodId_idx" ON "PersonRequest"("status", "neighbourhoodId");

-- CreateIndex
CREATE INDEX "PersonRequest_tenantId_status_idx" ON "PersonRequest"("tenantId", "status");

-- CreateIndex
CREATE INDEX "PersonRequest_forumChatId_forumThreadId_idx" ON "PersonRequest"("forumChatId", "forumThreadId");

-- CreateIndex
CREATE INDEX "RequestMessage_requestId_id_idx" ON "RequestMessage"("requestId", "id");

-- CreateIndex
CREATE INDEX "RequestMessage_delivery_nextAttemptAt_idx" ON "RequestMessage"("delivery", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "RequestEvent_requestId_idx" ON "RequestEvent"("requestId");

