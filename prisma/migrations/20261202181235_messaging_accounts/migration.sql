-- CreateTable
CREATE TABLE "MessagingAccount" (
    "tenantId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "jid" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "blocked" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MessagingAccount_pkey" PRIMARY KEY ("tenantId","memberId")
);

-- CreateTable
CREATE TABLE "MessagingServerState" (
    "connector" TEXT NOT NULL,
    "version" TEXT,
    "lastContactAt" TIMESTAMPTZ(3),
    "lastAppliedAt" TIMESTAMPTZ(3),
    "lastChange" TEXT,
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MessagingServerState_pkey" PRIMARY KEY ("connector")
);

-- CreateTable
CREATE TABLE "MessagingNetworkState" (
    "tenantId" UUID NOT NULL,
    "reconciledAt" TIMESTAMPTZ(3) NOT NULL,
    "findings" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "MessagingNetworkState_pkey" PRIMARY KEY ("tenantId")
);

-- CreateIndex
CREATE UNIQUE INDEX "MessagingAccount_jid_key" ON "MessagingAccount"("jid");

-- AddForeignKey
ALTER TABLE "MessagingAccount" ADD CONSTRAINT "MessagingAccount_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessagingNetworkState" ADD CONSTRAINT "MessagingNetworkState_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
