-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "xmppDomain" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_xmppDomain_key" ON "Tenant"("xmppDomain");
