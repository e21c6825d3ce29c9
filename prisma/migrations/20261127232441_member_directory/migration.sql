-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "DevicePlatform" AS ENUM ('ios', 'android', 'macos', 'windows', 'linux', 'web');

-- CreateEnum
CREATE TYPE "DeviceStatus" AS ENUM ('active', 'reset');

-- AlterEnum
ALTER TYPE "MemberStatus" ADD VALUE 'deactivated';

-- DropIndex
DROP INDEX "Member_tenantId_groupId_idx";

-- DropIndex
DROP INDEX "Member_tenantId_status_idx";

-- DropIndex
DROP INDEX "Member_tenantId_username_key";

-- Hand-edited: the member's username was always an email, so keep the data.
ALTER TABLE "Member" RENAME COLUMN "username" TO "email";
UPDATE "Member" SET "email" = lower("email");

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "externalId" TEXT,
ADD COLUMN     "firstName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "inviteExpiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "isAdmin" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "lastName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "lastSeenAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "Device" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "platform" "DevicePlatform" NOT NULL,
    "appVersion" TEXT NOT NULL,
    "status" "DeviceStatus" NOT NULL DEFAULT 'active',
    "registeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ServiceCommand" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "memberId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMPTZ(3),

    CONSTRAINT "ServiceCommand_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "Device_tenantId_memberId_idx" ON "Device"("tenantId", "memberId");

-- CreateIndex
CREATE INDEX "ServiceCommand_tenantId_deliveredAt_createdAt_idx" ON "ServiceCommand"("tenantId", "deliveredAt", "createdAt");

-- CreateIndex
CREATE INDEX "Member_tenantId_displayName_id_idx" ON "Member"("tenantId", "displayName", "id");

-- CreateIndex
CREATE INDEX "Member_tenantId_lastSeenAt_id_idx" ON "Member"("tenantId", "lastSeenAt", "id");

-- CreateIndex
CREATE INDEX "Member_tenantId_status_displayName_id_idx" ON "Member"("tenantId", "status", "displayName", "id");

-- CreateIndex
CREATE INDEX "Member_tenantId_groupId_displayName_id_idx" ON "Member"("tenantId", "groupId", "displayName", "id");

-- CreateIndex
CREATE INDEX "Member_email_trgm_idx" ON "Member" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Member_displayName_trgm_idx" ON "Member" USING GIN ("displayName" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Member_tenantId_email_key" ON "Member"("tenantId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Member_tenantId_externalId_key" ON "Member"("tenantId", "externalId");

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_tenantId_memberId_fkey" FOREIGN KEY ("tenantId", "memberId") REFERENCES "Member"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
