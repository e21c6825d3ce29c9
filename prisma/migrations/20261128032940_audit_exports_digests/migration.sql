-- CreateEnum
CREATE TYPE "AuditExportFormat" AS ENUM ('csv', 'jsonl');

-- CreateEnum
CREATE TYPE "AuditExportStatus" AS ENUM ('queued', 'running', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "ExportCadence" AS ENUM ('hourly', 'daily', 'weekly');

-- CreateTable
CREATE TABLE "AuditDigest" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "periodStart" TIMESTAMPTZ(3) NOT NULL,
    "periodEnd" TIMESTAMPTZ(3) NOT NULL,
    "lastSeq" BIGINT NOT NULL,
    "lastHash" TEXT NOT NULL,
    "previousSignature" TEXT,
    "kid" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditDigest_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "AuditExport" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "format" "AuditExportFormat" NOT NULL,
    "filter" JSONB NOT NULL,
    "status" "AuditExportStatus" NOT NULL DEFAULT 'queued',
    "requestedById" TEXT,
    "requestedByLabel" TEXT NOT NULL,
    "scheduleId" UUID,
    "totalRows" BIGINT,
    "rowsWritten" BIGINT NOT NULL DEFAULT 0,
    "fileName" TEXT,
    "bytes" BIGINT,
    "sha256" TEXT,
    "manifest" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AuditExport_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "AuditExportSchedule" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "format" "AuditExportFormat" NOT NULL,
    "filter" JSONB NOT NULL,
    "cadence" "ExportCadence" NOT NULL,
    "target" TEXT NOT NULL,
    "keepDays" INTEGER NOT NULL,
    "nextRunAt" TIMESTAMPTZ(3) NOT NULL,
    "lastRunAt" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditExportSchedule_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "AuditExport_tenantId_createdAt_idx" ON "AuditExport"("tenantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditExportSchedule_tenantId_name_key" ON "AuditExportSchedule"("tenantId", "name");

-- CreateIndex
CREATE INDEX "AuditEvent_at_tenantId_seq_idx" ON "AuditEvent"("at", "tenantId", "seq");
