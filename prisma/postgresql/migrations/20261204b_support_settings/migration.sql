-- CreateTable
CREATE TABLE "SupportSetting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportSetting_pkey" PRIMARY KEY ("key")
);

