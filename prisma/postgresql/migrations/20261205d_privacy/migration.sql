-- DropForeignKey
ALTER TABLE "Appointment" DROP CONSTRAINT "Appointment_tenantId_fkey";

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "erasedAt" TIMESTAMP(3),
ADD COLUMN     "lastSeenAt" TIMESTAMP(3),
ADD COLUMN     "privacyCode" TEXT,
ADD COLUMN     "privacyCodeUntil" TIMESTAMP(3);

-- The tenants known before this count as seen now: none is erased as inactive at once.
UPDATE "Tenant" SET "lastSeenAt" = CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Appointment" ALTER COLUMN "tenantId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "RetentionRun" (
    "day" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "counts" TEXT,

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_privacyCode_key" ON "Tenant"("privacyCode");

-- CreateIndex
CREATE INDEX "Tenant_lastSeenAt_idx" ON "Tenant"("lastSeenAt");

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

