-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "healthConsentAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "HealthService" (
    "id" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "HealthService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthServiceText" (
    "serviceId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "bring" TEXT NOT NULL,

    CONSTRAINT "HealthServiceText_pkey" PRIMARY KEY ("serviceId","language")
);

-- CreateTable
CREATE TABLE "HealthPoint" (
    "id" TEXT NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "phone" TEXT NOT NULL,

    CONSTRAINT "HealthPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthPointService" (
    "pointId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,

    CONSTRAINT "HealthPointService_pkey" PRIMARY KEY ("pointId","serviceId")
);

-- CreateTable
CREATE TABLE "HealthSession" (
    "id" TEXT NOT NULL,
    "pointId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startsAt" TEXT NOT NULL,
    "endsAt" TEXT NOT NULL,
    "slotMinutes" INTEGER NOT NULL,
    "places" INTEGER NOT NULL,

    CONSTRAINT "HealthSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthSessionService" (
    "sessionId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,

    CONSTRAINT "HealthSessionService_pkey" PRIMARY KEY ("sessionId","serviceId")
);

-- CreateTable
CREATE TABLE "HealthClosure" (
    "pointId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "HealthClosure_pkey" PRIMARY KEY ("pointId","date")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" SERIAL NOT NULL,
    "tenantId" TEXT NOT NULL,
    "pointId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL,
    "holdExpiresAt" TIMESTAMP(3),
    "note" TEXT,
    "language" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "remindersSent" INTEGER NOT NULL DEFAULT 0,
    "confirmedAt" TIMESTAMP(3),
    "movedFromId" INTEGER,
    "cancelledBy" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlotSeat" (
    "pointId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "seat" INTEGER NOT NULL,
    "appointmentId" INTEGER NOT NULL,

    CONSTRAINT "SlotSeat_pkey" PRIMARY KEY ("pointId","startsAt","seat")
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

-- AddForeignKey
ALTER TABLE "HealthServiceText" ADD CONSTRAINT "HealthServiceText_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "HealthService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthPoint" ADD CONSTRAINT "HealthPoint_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthPointService" ADD CONSTRAINT "HealthPointService_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "HealthPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthPointService" ADD CONSTRAINT "HealthPointService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "HealthService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthSession" ADD CONSTRAINT "HealthSession_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "HealthPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthSessionService" ADD CONSTRAINT "HealthSessionService_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "HealthSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthSessionService" ADD CONSTRAINT "HealthSessionService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "HealthService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthClosure" ADD CONSTRAINT "HealthClosure_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "HealthPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "HealthPoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "HealthService"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlotSeat" ADD CONSTRAINT "SlotSeat_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "HealthPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlotSeat" ADD CONSTRAINT "SlotSeat_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

