-- AlterTable
ALTER TABLE "ActivityCount" DROP CONSTRAINT "ActivityCount_pkey",
ADD COLUMN     "dim" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "key" TEXT NOT NULL DEFAULT '',
ADD CONSTRAINT "ActivityCount_pkey" PRIMARY KEY ("tenantId", "period", "start", "dim", "key");
