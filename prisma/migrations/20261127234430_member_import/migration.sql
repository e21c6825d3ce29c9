-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('validated', 'applying', 'done', 'failed');

-- CreateTable
CREATE TABLE "MemberImport" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'validated',
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "rows" JSONB NOT NULL,
    "report" JSONB NOT NULL,
    "total" INTEGER NOT NULL,
    "applied" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "leaseUntil" TIMESTAMPTZ(3),
    "error" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MemberImport_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "MemberImport_tenantId_createdAt_idx" ON "MemberImport"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "MemberImport_status_leaseUntil_idx" ON "MemberImport"("status", "leaseUntil");
