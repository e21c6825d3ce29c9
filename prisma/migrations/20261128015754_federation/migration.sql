-- CreateEnum
CREATE TYPE "FederationMode" AS ENUM ('off', 'restricted', 'open');

-- CreateEnum
CREATE TYPE "PartnerRelation" AS ENUM ('allow', 'deny');

-- CreateEnum
CREATE TYPE "PartnerStatus" AS ENUM ('pending', 'active', 'rejected', 'suspended', 'revoked');

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "federationMode" "FederationMode" NOT NULL DEFAULT 'off',
ADD COLUMN     "federationVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "guestLapseDays" INTEGER NOT NULL DEFAULT 90;

-- CreateTable
CREATE TABLE "FederationPartner" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "relation" "PartnerRelation" NOT NULL,
    "status" "PartnerStatus" NOT NULL,
    "partnerTenantId" UUID,
    "externalKey" TEXT,
    "displayName" TEXT NOT NULL,
    "fingerprint" TEXT,
    "region" TEXT,
    "agreedBy" TEXT,
    "agreedAt" TIMESTAMPTZ(3),
    "agreementRef" TEXT,
    "requestedByUs" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FederationPartner_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Guest" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "externalId" TEXT NOT NULL,
    "network" TEXT NOT NULL,
    "displayName" TEXT NOT NULL DEFAULT '',
    "firstSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastContactAt" TIMESTAMPTZ(3) NOT NULL,
    "blockedAt" TIMESTAMPTZ(3),
    "blockedById" UUID,

    CONSTRAINT "Guest_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "FederationPartner_tenantId_status_idx" ON "FederationPartner"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "FederationPartner_tenantId_partnerTenantId_key" ON "FederationPartner"("tenantId", "partnerTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "FederationPartner_tenantId_externalKey_key" ON "FederationPartner"("tenantId", "externalKey");

-- CreateIndex
CREATE INDEX "Guest_tenantId_lastContactAt_idx" ON "Guest"("tenantId", "lastContactAt");

-- CreateIndex
CREATE UNIQUE INDEX "Guest_tenantId_externalId_key" ON "Guest"("tenantId", "externalId");
