-- AlterTable
ALTER TABLE "Neighbourhood" ADD COLUMN     "claimLimitMinutes" INTEGER NOT NULL DEFAULT 15,
ADD COLUMN     "staffChatId" TEXT;

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "name" TEXT,
ADD COLUMN     "over65" BOOLEAN;

-- CreateTable
CREATE TABLE "OpeningHours" (
    "id" TEXT NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "opensAt" TEXT NOT NULL,
    "closesAt" TEXT NOT NULL,

    CONSTRAINT "OpeningHours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "neighbourhoodId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("neighbourhoodId","date")
);

-- CreateTable
CREATE TABLE "TranscriptEntry" (
    "id" SERIAL NOT NULL,
    "tenantId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TranscriptEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffAccount" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "telegramUserId" TEXT,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffNeighbourhood" (
    "staffId" TEXT NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,

    CONSTRAINT "StaffNeighbourhood_pkey" PRIMARY KEY ("staffId","neighbourhoodId")
);

-- CreateTable
CREATE TABLE "StaffSession" (
    "id" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonRequest" (
    "id" SERIAL NOT NULL,
    "tenantId" TEXT NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "channel" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "visibleAt" TIMESTAMP(3) NOT NULL,
    "announcedAt" TIMESTAMP(3),
    "claimedAt" TIMESTAMP(3),
    "claimedById" TEXT,
    "closedAt" TIMESTAMP(3),
    "outcome" TEXT,
    "overdueNotifiedAt" TIMESTAMP(3),
    "forumChatId" TEXT,
    "forumThreadId" INTEGER,
    "rating" INTEGER,
    "ratingComment" TEXT,

    CONSTRAINT "PersonRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestMessage" (
    "id" SERIAL NOT NULL,
    "requestId" INTEGER NOT NULL,
    "author" TEXT NOT NULL,
    "staffId" TEXT,
    "kind" TEXT NOT NULL,
    "text" TEXT,
    "fileUrl" TEXT,
    "fileName" TEXT,
    "mimeType" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "cannedReplyId" TEXT,
    "delivery" TEXT,
    "deliveryError" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "via" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestEvent" (
    "id" SERIAL NOT NULL,
    "requestId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "staffId" TEXT,
    "detail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestLabel" (
    "requestId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "RequestLabel_pkey" PRIMARY KEY ("requestId","label")
);

-- CreateTable
CREATE TABLE "CannedReply" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CannedReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CannedReplyText" (
    "cannedReplyId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "CannedReplyText_pkey" PRIMARY KEY ("cannedReplyId","language")
);

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

-- AddForeignKey
ALTER TABLE "OpeningHours" ADD CONSTRAINT "OpeningHours_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Holiday" ADD CONSTRAINT "Holiday_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranscriptEntry" ADD CONSTRAINT "TranscriptEntry_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffNeighbourhood" ADD CONSTRAINT "StaffNeighbourhood_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffNeighbourhood" ADD CONSTRAINT "StaffNeighbourhood_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRequest" ADD CONSTRAINT "PersonRequest_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRequest" ADD CONSTRAINT "PersonRequest_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestMessage" ADD CONSTRAINT "RequestMessage_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PersonRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PersonRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestLabel" ADD CONSTRAINT "RequestLabel_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PersonRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CannedReplyText" ADD CONSTRAINT "CannedReplyText_cannedReplyId_fkey" FOREIGN KEY ("cannedReplyId") REFERENCES "CannedReply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

