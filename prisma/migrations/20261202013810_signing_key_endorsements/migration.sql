-- AlterTable
ALTER TABLE "SigningKey" ADD COLUMN     "endorsedBy" TEXT,
ADD COLUMN     "endorsement" TEXT;
