-- CreateEnum
CREATE TYPE "MemberStatus" AS ENUM ('active', 'pending', 'suspended');

-- Data: the "enterprise" plan became "premium" (plans are now standard, premium, trial).
UPDATE "Tenant" SET "plan" = 'premium' WHERE "plan" = 'enterprise';

-- AlterEnum
BEGIN;
CREATE TYPE "TenantPlan_new" AS ENUM ('standard', 'premium', 'trial');
ALTER TABLE "Tenant" ALTER COLUMN "plan" DROP DEFAULT;
ALTER TABLE "Tenant" ALTER COLUMN "plan" TYPE "TenantPlan_new" USING ("plan"::text::"TenantPlan_new");
ALTER TYPE "TenantPlan" RENAME TO "TenantPlan_old";
ALTER TYPE "TenantPlan_new" RENAME TO "TenantPlan";
DROP TYPE "TenantPlan_old";
ALTER TABLE "Tenant" ALTER COLUMN "plan" SET DEFAULT 'standard';
COMMIT;

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "deletedAt" TIMESTAMPTZ(3),
ADD COLUMN     "region" TEXT NOT NULL DEFAULT 'us-east-1',
ADD COLUMN     "settings" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "settingsVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "trialEndsAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "SecurityGroup" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "settings" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SecurityGroup_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Member" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "status" "MemberStatus" NOT NULL DEFAULT 'pending',
    "groupId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "MemberSsoConfig" (
    "tenantId" UUID NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "clientSecretEnc" TEXT NOT NULL,
    "scopes" TEXT[],
    "usernameClaim" TEXT NOT NULL,
    "extraAuthParams" JSONB NOT NULL DEFAULT '{}',
    "refreshGraceMinutes" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MemberSsoConfig_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "SigningKey" (
    "kid" TEXT NOT NULL,
    "publicKeyPem" TEXT NOT NULL,
    "privateKeyEnc" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMPTZ(3),

    CONSTRAINT "SigningKey_pkey" PRIMARY KEY ("kid")
);

-- CreateIndex
CREATE INDEX "SecurityGroup_tenantId_isDefault_idx" ON "SecurityGroup"("tenantId", "isDefault");

-- CreateIndex
CREATE UNIQUE INDEX "SecurityGroup_tenantId_name_key" ON "SecurityGroup"("tenantId", "name");

-- CreateIndex
CREATE INDEX "Member_tenantId_groupId_idx" ON "Member"("tenantId", "groupId");

-- CreateIndex
CREATE INDEX "Member_tenantId_status_idx" ON "Member"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Member_tenantId_username_key" ON "Member"("tenantId", "username");

-- AddForeignKey
ALTER TABLE "SecurityGroup" ADD CONSTRAINT "SecurityGroup_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_tenantId_groupId_fkey" FOREIGN KEY ("tenantId", "groupId") REFERENCES "SecurityGroup"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberSsoConfig" ADD CONSTRAINT "MemberSsoConfig_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: every existing tenant gets its default security group. Empty settings
-- mean "all defaults" (lib/groups/group-settings.ts fills them in when read).
INSERT INTO "SecurityGroup" ("tenantId", "id", "name", "isDefault", "settings", "updatedAt")
SELECT "id", gen_random_uuid(), 'Default', true, '{}'::jsonb, now() FROM "Tenant";
