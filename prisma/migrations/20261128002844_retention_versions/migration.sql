-- CreateTable
CREATE TABLE "RetentionPolicyVersion" (
    "tenantId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "expirationMaxMinutes" INTEGER NOT NULL,
    "burnOnReadMaxMinutes" INTEGER NOT NULL,
    "complianceRetentionDays" INTEGER,
    "compliancePreset" TEXT,
    "authorId" UUID,
    "authorLabel" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetentionPolicyVersion_pkey" PRIMARY KEY ("tenantId","version")
);
