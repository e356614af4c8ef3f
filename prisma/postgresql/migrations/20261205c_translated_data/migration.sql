-- AlterTable
ALTER TABLE "EmergencyNumber" ADD COLUMN "translations" TEXT NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "HealthPoint" ADD COLUMN "translations" TEXT NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "SupportPartner" ADD COLUMN "translations" TEXT NOT NULL DEFAULT '{}';
