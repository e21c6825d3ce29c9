-- CreateTable
CREATE TABLE "LegalHold" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "matter" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endsAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "releasedAt" TIMESTAMPTZ(3),
    "releasedById" UUID,

    CONSTRAINT "LegalHold_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "LegalHoldMember" (
    "tenantId" UUID NOT NULL,
    "holdId" UUID NOT NULL,
    "memberId" UUID NOT NULL,

    CONSTRAINT "LegalHoldMember_pkey" PRIMARY KEY ("tenantId","holdId","memberId")
);

-- CreateTable
CREATE TABLE "LegalHoldGroup" (
    "tenantId" UUID NOT NULL,
    "holdId" UUID NOT NULL,
    "groupId" UUID NOT NULL,

    CONSTRAINT "LegalHoldGroup_pkey" PRIMARY KEY ("tenantId","holdId","groupId")
);

-- CreateIndex
CREATE INDEX "LegalHold_tenantId_releasedAt_idx" ON "LegalHold"("tenantId", "releasedAt");

-- CreateIndex
CREATE INDEX "LegalHoldMember_tenantId_memberId_idx" ON "LegalHoldMember"("tenantId", "memberId");

-- CreateIndex
CREATE INDEX "LegalHoldGroup_tenantId_groupId_idx" ON "LegalHoldGroup"("tenantId", "groupId");

-- AddForeignKey
ALTER TABLE "LegalHoldMember" ADD CONSTRAINT "LegalHoldMember_tenantId_holdId_fkey" FOREIGN KEY ("tenantId", "holdId") REFERENCES "LegalHold"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalHoldGroup" ADD CONSTRAINT "LegalHoldGroup_tenantId_holdId_fkey" FOREIGN KEY ("tenantId", "holdId") REFERENCES "LegalHold"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
