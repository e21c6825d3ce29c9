-- AlterTable
ALTER TABLE "ConsoleUser" ADD COLUMN     "theme" TEXT;
