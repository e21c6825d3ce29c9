-- AlterTable
ALTER TABLE "SecurityGroup" ADD COLUMN     "externalId" TEXT;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "scimDeletedAt" TIMESTAMPTZ(3),
ADD COLUMN     "scimProfile" JSONB,
ADD COLUMN     "userName" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "SecurityGroup_tenantId_externalId_key" ON "SecurityGroup"("tenantId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_tenantId_userName_key" ON "Member"("tenantId", "userName");
