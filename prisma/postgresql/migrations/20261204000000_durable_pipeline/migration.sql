-- DropTable
DROP TABLE "ProcessedUpdate";

-- CreateTable
CREATE TABLE "InboxUpdate" (
    "id" BIGINT NOT NULL,
    "chatKey" TEXT NOT NULL,
    "payload" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "error" TEXT,
    "flow" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "InboxUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" SERIAL NOT NULL,
    "chatKey" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SentMessage" (
    "outboxId" INTEGER NOT NULL,
    "messageId" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SentMessage_pkey" PRIMARY KEY ("outboxId")
);

-- CreateTable
CREATE TABLE "OutboxLease" (
    "chatKey" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboxLease_pkey" PRIMARY KEY ("chatKey")
);

-- CreateIndex
CREATE INDEX "InboxUpdate_status_chatKey_id_idx" ON "InboxUpdate"("status", "chatKey", "id");

-- CreateIndex
CREATE INDEX "InboxUpdate_receivedAt_idx" ON "InboxUpdate"("receivedAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_chatKey_id_idx" ON "OutboxMessage"("chatKey", "id");

-- CreateIndex
CREATE INDEX "SentMessage_sentAt_idx" ON "SentMessage"("sentAt");

