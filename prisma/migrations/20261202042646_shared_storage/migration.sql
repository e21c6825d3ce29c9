-- CreateTable
CREATE TABLE "SharedStorage" (
    "purpose" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "firstPath" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SharedStorage_pkey" PRIMARY KEY ("purpose")
);
