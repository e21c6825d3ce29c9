-- AlterTable
ALTER TABLE "MemberImport" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "leaseOwner" INTEGER;

-- AlterTable
ALTER TABLE "RetentionRun" ADD COLUMN     "leaseOwner" INTEGER;

-- AlterTable
ALTER TABLE "AuditExport" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "leaseOwner" INTEGER;
