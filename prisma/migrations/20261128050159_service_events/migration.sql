-- CreateTable
CREATE TABLE "ServiceEvent" (
    "tenantId" UUID NOT NULL,
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceEvent_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "ServiceEvent_tenantId_receivedAt_idx" ON "ServiceEvent"("tenantId", "receivedAt");
