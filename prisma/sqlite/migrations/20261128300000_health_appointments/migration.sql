-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN "healthConsentAt" DATETIME;

-- CreateTable
CREATE TABLE "HealthService" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "durationMinutes" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "HealthServiceText" (
    "serviceId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "bring" TEXT NOT NULL,

    PRIMARY KEY ("serviceId", "language"),
    CONSTRAINT "HealthServiceText_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "HealthService" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HealthPoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "neighbourhoodId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    CONSTRAINT "HealthPoint_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HealthPointService" (
    "pointId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,

    PRIMARY KEY ("pointId", "serviceId"),
    CONSTRAINT "HealthPointService_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "HealthPoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "HealthPointService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "HealthService" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HealthSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pointId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startsAt" TEXT NOT NULL,
    "endsAt" TEXT NOT NULL,
    "slotMinutes" INTEGER NOT NULL,
    "places" INTEGER NOT NULL,
    CONSTRAINT "HealthSession_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "HealthPoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HealthSessionService" (
    "sessionId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,

    PRIMARY KEY ("sessionId", "serviceId"),
    CONSTRAINT "HealthSessionService_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "HealthSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "HealthSessionService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "HealthService" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HealthClosure" (
    "pointId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    PRIMARY KEY ("pointId", "date"),
    CONSTRAINT "HealthClosure_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "HealthPoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tenantId" TEXT NOT NULL,
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
    CONSTRAINT "Appointment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "HealthPoint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "HealthService" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SlotSeat" (
    "pointId" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "seat" INTEGER NOT NULL,
    "appointmentId" INTEGER NOT NULL,

    PRIMARY KEY ("pointId", "startsAt", "seat"),
    CONSTRAINT "SlotSeat_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "HealthPoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SlotSeat_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "HealthSession_pointId_idx" ON "HealthSession"("pointId");

-- CreateIndex
CREATE INDEX "Appointment_tenantId_status_idx" ON "Appointment"("tenantId", "status");

-- CreateIndex
CREATE INDEX "Appointment_pointId_startsAt_idx" ON "Appointment"("pointId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_status_startsAt_idx" ON "Appointment"("status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "SlotSeat_appointmentId_key" ON "SlotSeat"("appointmentId");

