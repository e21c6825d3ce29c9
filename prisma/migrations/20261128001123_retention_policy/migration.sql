-- CreateTable
CREATE TABLE "RetentionPolicy" (
    "tenantId" UUID NOT NULL,
    "expirationMaxMinutes" INTEGER NOT NULL DEFAULT 43200,
    "burnOnReadMaxMinutes" INTEGER NOT NULL DEFAULT 0,
    "complianceRetentionDays" INTEGER,
    "compliancePreset" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RetentionPolicy_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "MemberLifetimeException" (
    "tenantId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "expirationMaxMinutes" INTEGER,
    "burnOnReadMaxMinutes" INTEGER,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemberLifetimeException_pkey" PRIMARY KEY ("tenantId","memberId")
);
