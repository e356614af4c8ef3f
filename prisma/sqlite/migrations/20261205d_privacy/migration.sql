-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN "erasedAt" DATETIME;
ALTER TABLE "Tenant" ADD COLUMN "lastSeenAt" DATETIME;
ALTER TABLE "Tenant" ADD COLUMN "privacyCode" TEXT;
ALTER TABLE "Tenant" ADD COLUMN "privacyCodeUntil" DATETIME;
-- The tenants known before this count as seen now (in Prisma's text format): none is erased as inactive at once.
UPDATE "Tenant" SET "lastSeenAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now');

-- CreateTable
CREATE TABLE "RetentionRun" (
    "day" TEXT NOT NULL PRIMARY KEY,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "counts" TEXT
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Appointment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tenantId" TEXT,
    "pointId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "holdExpiresAt" DATETIME,
    "note" TEXT,
    "language" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "remindersSent" INTEGER NOT NULL DEFAULT 0,
    "confirmedAt" DATETIME,
    "movedFromId" INTEGER,
    "cancelledBy" TEXT,
    "cancelledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Appointment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Appointment_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "HealthPoint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "HealthService" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Appointment" ("cancelledAt", "cancelledBy", "channel", "confirmedAt", "conversationId", "createdAt", "endsAt", "holdExpiresAt", "id", "language", "movedFromId", "note", "pointId", "remindersSent", "serviceId", "startsAt", "status", "tenantId", "updatedAt") SELECT "cancelledAt", "cancelledBy", "channel", "confirmedAt", "conversationId", "createdAt", "endsAt", "holdExpiresAt", "id", "language", "movedFromId", "note", "pointId", "remindersSent", "serviceId", "startsAt", "status", "tenantId", "updatedAt" FROM "Appointment";
DROP TABLE "Appointment";
ALTER TABLE "new_Appointment" RENAME TO "Appointment";
CREATE INDEX "Appointment_tenantId_status_idx" ON "Appointment"("tenantId", "status");
CREATE INDEX "Appointment_pointId_startsAt_idx" ON "Appointment"("pointId", "startsAt");
CREATE INDEX "Appointment_status_startsAt_idx" ON "Appointment"("status", "startsAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_privacyCode_key" ON "Tenant"("privacyCode");

-- CreateIndex
CREATE INDEX "Tenant_lastSeenAt_idx" ON "Tenant"("lastSeenAt");

