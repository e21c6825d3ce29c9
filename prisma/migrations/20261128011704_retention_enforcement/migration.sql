-- CreateEnum
CREATE TYPE "RetentionRunStatus" AS ENUM ('queued', 'running', 'completed', 'failed');

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "deactivatedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "RetentionPolicy" ADD COLUMN     "auditRetentionDays" INTEGER,
ADD COLUMN     "deactivatedMemberDays" INTEGER,
ADD COLUMN     "staleDeviceDays" INTEGER;

-- AlterTable
ALTER TABLE "RetentionPolicyVersion" ADD COLUMN     "auditRetentionDays" INTEGER,
ADD COLUMN     "deactivatedMemberDays" INTEGER,
ADD COLUMN     "staleDeviceDays" INTEGER;

-- CreateTable
CREATE TABLE "RetentionRun" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" "RetentionRunStatus" NOT NULL DEFAULT 'queued',
    "policyVersion" INTEGER NOT NULL,
    "membersBefore" TIMESTAMPTZ(3),
    "devicesBefore" TIMESTAMPTZ(3),
    "auditBefore" TIMESTAMPTZ(3),
    "total" INTEGER NOT NULL DEFAULT 0,
    "phase" TEXT,
    "membersDeleted" INTEGER NOT NULL DEFAULT 0,
    "devicesDeleted" INTEGER NOT NULL DEFAULT 0,
    "auditEventsDeleted" INTEGER NOT NULL DEFAULT 0,
    "heldMembersSkipped" INTEGER NOT NULL DEFAULT 0,
    "heldDevicesSkipped" INTEGER NOT NULL DEFAULT 0,
    "holds" JSONB NOT NULL DEFAULT '[]',
    "position" JSONB NOT NULL DEFAULT '{}',
    "batches" INTEGER NOT NULL DEFAULT 0,
    "longestBatchMs" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leaseUntil" TIMESTAMPTZ(3),
    "error" TEXT,
    "receiptSeq" BIGINT,
    "startedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "RetentionRunBatch" (
    "tenantId" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "idsSha256" TEXT NOT NULL,
    "lockMs" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetentionRunBatch_pkey" PRIMARY KEY ("tenantId","runId","seq")
);

-- CreateTable
CREATE TABLE "AuditCheckpoint" (
    "tenantId" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,
    "kid" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "runId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditCheckpoint_pkey" PRIMARY KEY ("tenantId")
);

-- CreateIndex
CREATE INDEX "RetentionRun_tenantId_createdAt_idx" ON "RetentionRun"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "RetentionRun_status_leaseUntil_idx" ON "RetentionRun"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "Member_tenantId_deactivatedAt_id_idx" ON "Member"("tenantId", "deactivatedAt", "id");

-- CreateIndex
CREATE INDEX "Device_tenantId_lastSeenAt_id_idx" ON "Device"("tenantId", "lastSeenAt", "id");

-- Members already deactivated: the last update is the best record of when
UPDATE "Member" SET "deactivatedAt" = "updatedAt" WHERE status = 'deactivated';
