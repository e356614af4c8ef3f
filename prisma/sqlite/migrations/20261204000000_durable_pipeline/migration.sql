-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ProcessedUpdate";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "InboxUpdate" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "chatKey" TEXT NOT NULL,
    "payload" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "error" TEXT,
    "flow" TEXT,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "chatKey" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SentMessage" (
    "outboxId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "messageId" INTEGER NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "OutboxLease" (
    "chatKey" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "InboxUpdate_status_chatKey_id_idx" ON "InboxUpdate"("status", "chatKey", "id");

-- CreateIndex
CREATE INDEX "InboxUpdate_receivedAt_idx" ON "InboxUpdate"("receivedAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_chatKey_id_idx" ON "OutboxMessage"("chatKey", "id");

-- CreateIndex
CREATE INDEX "SentMessage_sentAt_idx" ON "SentMessage"("sentAt");

